import type { Speaker } from '../types';
import { type Person } from './people';
import { personSpeaker, resolveSpeaker, type SpeakerContext } from './resolve-speaker';

/**
 * Paragraphs that open with a speaker's label and a colon and hold that speaker's words without
 * quotation marks: a colon quote (周启航：机器人的春天才刚刚开始…) or an interview's answers
 * (问：… / 答：…, 记者：… / 李明：…). An answer that runs over several paragraphs goes on, without a
 * label, until the next question.
 */

/** The label of a paragraph: a few words before its first colon. */
const LABEL = /^[ \t]*([^\n：:“”「」。！？!?；;，,]{1,30})[：:][ \t]*/;
/** Labels of the interviewer's turn: questions are not quotes. */
const QUESTION_LABEL = /^(?:问|提问|记者|本报记者|主持人|Q|q)$/;
/** Labels of the interviewee's turn when the article does not repeat the name. */
const ANSWER_LABEL = /^(?:答|回答|A|a)$/;
/** Words shorter than this after a label are a heading (风险提示：无), not speech. */
const MIN_WORDS = 6;
/** An interview has at least this many questions. */
const MIN_QUESTIONS = 2;

export interface LabelledWords {
  speaker: Speaker;
  start: number;
  end: number;
}

interface Paragraph {
  start: number;
  end: number;
  label: string | null;
  /** Where the words after the label start. */
  words: number;
}

function paragraphs(norm: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (let start = 0; start <= norm.length; ) {
    let end = norm.indexOf('\n', start);
    if (end < 0) end = norm.length;
    const m = LABEL.exec(norm.slice(start, end));
    out.push({ start, end, label: m ? m[1].trim() : null, words: m ? start + m[0].length : start });
    start = end + 1;
  }
  return out;
}

/** Every paragraph of words a label gives to a named person. */
export function labelledParagraphs(norm: string, ctx: SpeakerContext): LabelledWords[] {
  const all = paragraphs(norm);
  const questions = all.filter((p) => p.label !== null && QUESTION_LABEL.test(p.label));
  const interview = questions.length >= MIN_QUESTIONS;
  const out: LabelledWords[] = [];
  const firstQuestion = questions[0]?.start ?? norm.length;
  let answering: Speaker | null = null;
  for (const p of all) {
    if (p.label === null || QUESTION_LABEL.test(p.label) || norm[p.words] === '“' || norm[p.words] === '「') {
      // An unlabelled paragraph in an interview carries the answer on; a question ends it.
      if (p.label === null && interview && answering) push(norm, out, answering, p.start, p.end);
      else answering = null;
      continue;
    }
    const speaker = ANSWER_LABEL.test(p.label) ? interviewee(ctx, firstQuestion) : labelSpeaker(p, ctx);
    answering = speaker && interview ? speaker : null;
    if (speaker) push(norm, out, speaker, p.words, p.end);
  }
  return out;
}

function push(norm: string, out: LabelledWords[], speaker: Speaker, start: number, end: number): void {
  while (end > start && /[\s。！？!?；;，,…]/.test(norm[end - 1])) end--;
  while (start < end && /\s/.test(norm[start])) start++;
  if (end - start >= MIN_WORDS) out.push({ speaker, start, end });
}

/** The named person a label stands for (周启航, 蔚来CFO李明), never an organisation or a heading. */
function labelSpeaker(p: Paragraph, ctx: SpeakerContext): Speaker | null {
  const start = p.words - 1 - p.label!.length;
  const speaker = resolveSpeaker({ clauseStart: p.start, start, end: start + p.label!.length, text: p.label! }, ctx);
  return speaker && !speaker.isOrg && speaker.name && ctx.people.get(speaker.name) ? speaker : null;
}

/** Who answers an interview's 答：: the person introduced last before the first question, else the one named most. */
function interviewee(ctx: SpeakerContext, before: number): Speaker | null {
  const last = ctx.people.lastBefore(before);
  const person: Person | null = last?.person ?? ctx.people.mostMentioned();
  return person ? personSpeaker(person) : null;
}

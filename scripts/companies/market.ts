// Reads the public stock lists in ./sources into one listing per company, cross-checking the sources.
// Pure functions of the source files' text: build.ts writes what they return.
import { foldWidth } from '../../src/core/text/normalize';

export interface SourceFiles {
  tushare: string;
  tushareHistory: string;
  goStockAShares: string;
  goStockHk: string;
  starwrights: string;
}

export interface Listing {
  name: string;
  /** Other ways the name is written: the listing name with its marker (万科A), former short names. */
  aliases: string[];
  fullName?: string;
  en?: string;
  codes: string[];
  /** Codes the listing had before (Beijing's 43/83/87 codes before the move to 920). */
  formerCodes?: string[];
  industry?: string;
  kind?: 'broker';
  /** Surfaces that need context: the stub of a name shortened under a risk warning, when no earlier name is known. */
  ambiguous?: string[];
  /** The source rows this listing rests on. */
  from: string[];
}

export interface Exclusion {
  code: string;
  name: string;
  reason: string;
}

/** RFC 4180 CSV with a header row, as the fetch script writes it. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1 || r[0]).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Tushare's industry names mapped onto the dictionary's (SCHEMA.md). */
const INDUSTRY: Record<string, string> = {
  电气设备: '电力设备', 元器件: '电子', 专用机械: '机械', 软件服务: '软件', 汽车配件: '汽车', 化工原料: '化工', 半导体: '半导体',
  医疗保健: '医疗器械', 化学制药: '医药', 通信设备: '通信', 机械基件: '机械', 建筑工程: '建筑', 环境保护: '环保', 电器仪表: '电子',
  食品: '食品饮料', 家用电器: '家电', 生物制药: '医药', 互联网: '互联网', IT设备: '计算机', 塑料: '化工', 家居用品: '消费',
  中成药: '医药', 服饰: '纺织服装', 小金属: '有色金属', 农药化肥: '化工', 广告包装: '传媒', 航空: '军工', 文教休闲: '消费',
  证券: '证券', 运输设备: '机械', 仓储物流: '物流', 供气供热: '公用事业', 区域地产: '房地产', 农业综合: '农业', 银行: '银行',
  纺织: '纺织服装', 工程机械: '机械', 医药商业: '医药', 矿物制品: '建筑', 百货: '零售', 影视音像: '传媒', 造纸: '消费',
  染料涂料: '化工', 化纤: '化工', 火力发电: '电力', 铝: '有色金属', 新型电力: '电力', 其他建材: '建筑', 出版业: '传媒',
  装修装饰: '建筑', 煤炭开采: '煤炭', 普钢: '钢铁', 全国地产: '房地产', 机床制造: '机械', 饲料: '农业', 钢加工: '钢铁',
  水泥: '建筑', 多元金融: '多元金融', 汽车整车: '汽车', 水力发电: '电力', 石油开采: '石油石化', 乳制品: '食品饮料', 白酒: '白酒',
  日用化工: '消费', 路桥: '交通运输', 综合类: '综合', 种植业: '农业', 玻璃: '建筑', 水运: '交通运输', 铜: '有色金属',
  旅游景点: '旅游酒店', 橡胶: '化工', 商贸代理: '零售', 港口: '交通运输', 水务: '公用事业', 铅锌: '有色金属', 石油加工: '石油石化',
  园区开发: '房地产', 房产服务: '房地产', 化工机械: '机械', 农用机械: '机械', 摩托车: '汽车', 其他商业: '零售', 船舶: '机械',
  纺织机械: '机械', 黄金: '有色金属', 特种钢: '钢铁', 汽车服务: '汽车', 酒店餐饮: '旅游酒店', 软饮料: '食品饮料', 红黄酒: '食品饮料',
  超市连锁: '零售', 空运: '航空', 旅游服务: '旅游酒店', 啤酒: '食品饮料', 铁路: '交通运输', 轻工机械: '机械', 焦炭加工: '煤炭',
  渔业: '农业', 公共交通: '交通运输', 陶瓷: '建筑', 电信运营: '通信', 机场: '交通运输', 批发业: '零售', 保险: '保险',
  石油贸易: '石油石化', 林业: '农业', 商品城: '零售', 公路: '交通运输', 电器连锁: '零售',
};

/** Names written while a share trades under a temporary marker: first days (N, C), ex-dividend (XD, XR, DR), PT, delisting (退). */
export const TRANSIENT_NAME = /^(?:XD|XR|DR|PT|N(?=\p{Script=Han})|C(?=\p{Script=Han}))|退\)?$|\(退\)/u;

/** Spaces some lists put between the characters of a short name (全 聚 德): not part of it. */
const HAN_SPACING = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** A-share short name as a reporter writes it: no risk-warning prefix, no -U/-W marker. */
export function cleanAShareName(raw: string): string {
  return foldWidth(raw)
    .trim()
    .replace(HAN_SPACING, '')
    .replace(/^(?:S\*ST|\*ST|SST|ST|S(?=\p{Script=Han}))/u, '')
    .replace(/-(?:UWD|UW|WD|U|W|D)$/, '');
}

/** Hong Kong short name as a reporter writes it: without the -W/-SW/-S/-B/-U marker (the engine reads a written one as part of the mention). */
export function cleanHkName(raw: string): string {
  return foldWidth(raw)
    .trim()
    .replace(HAN_SPACING, '')
    .replace(/\s*(?:-新|\(新\))$/, '')
    .replace(/\s*-(?:SWR|SW|WR|W|S|B|U|R|P)$/, '');
}

/** The A/B share-class letter: 万科A → 万科. */
export function withoutShareClass(name: string): string {
  const m = /^(\p{Script=Han}{2,})[AB]$/u.exec(name);
  return m ? m[1] : name;
}

const HK_NOT_SHARES = /ETF|基金|债|REIT|信托|票据|杠杆|反向|做多|做空|看多|看空|两倍|二倍|-Z$|每日|指数|^X[LI]二/;

/** Whether a Hong Kong row is a share (by its code and its name, as either list writes it). */
export function isHkShare(symbol: string, name: string): boolean {
  return isHkShareCode(symbol) && !HK_NOT_SHARES.test(foldWidth(name));
}

/** Hong Kong codes that are shares: not ETFs, leveraged products, debt, SPACs or other counters. */
export function isHkShareCode(code: string): boolean {
  const n = Number(code);
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return false;
  const notShares: Array<[number, number]> = [
    [2800, 2849], [3000, 3199], [3400, 3499], [4000, 4999], [5000, 6029], [7200, 7399], [7500, 7599], [7700, 7999],
    [9000, 9199], [9200, 9399], [9400, 9499], [9500, 9599], [9800, 9849],
  ];
  return !notShares.some(([a, b]) => n >= a && n <= b);
}

/** The risk-warning markers of a short name: ST, *ST, S*ST, SST. */
const RISK_WARNING = /^(?:S\*ST|\*ST|SST|ST)/;

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

export interface MarketResult {
  listings: Listing[];
  excluded: Exclusion[];
  /** Disagreements between sources that were settled, and how. */
  notes: string[];
}

/** `knownNames`: names the curated layer holds, which confirm a new Hong Kong listing only the newer list has. */
export function readMarket(files: SourceFiles, knownNames: ReadonlySet<string> = new Set()): MarketResult {
  const excluded: Exclusion[] = [];
  const notes: string[] = [];
  const listings: Listing[] = [];

  // ---- A-shares: Tushare today (listed rows), cross-checked with go-stock's export of 2025-06.
  const tushare = parseCsv(files.tushare);
  const goStock = new Map(parseCsv(files.goStockAShares).map((r) => [r.ts_code, r]));
  const goStockDate = Math.max(...[...goStock.values()].map((r) => Number(r.list_date) || 0));
  const goStockByName = new Map<string, Record<string, string>[]>();
  for (const r of goStock.values()) {
    const key = cleanAShareName(r.name);
    goStockByName.set(key, [...(goStockByName.get(key) ?? []), r]);
  }
  const history = new Map<string, string[]>();
  for (const r of parseCsv(files.tushareHistory)) {
    if (TRANSIENT_NAME.test(r.name)) continue;
    history.set(r.ts_code, [...(history.get(r.ts_code) ?? []), r.name]);
  }

  for (const row of tushare) {
    if (row.status !== 'L') continue;
    const code = row.ts_code;
    const current = cleanAShareName(row.name);
    let other = goStock.get(code);
    let formerCodes: string[] | undefined;
    if (!other && code.endsWith('.BJ') && code.startsWith('920')) {
      // Beijing moved its codes to 920xxx in 2025 (mostly keeping the last three digits): the old row is found by name.
      const old = (goStockByName.get(current) ?? []).find((r) => /^(43|83|87)\d{4}\.BJ$/.test(r.ts_code));
      if (old) {
        other = old;
        formerCodes = [old.ts_code];
      }
    }
    if (!other) {
      if (Number(row.list_date) > goStockDate) {
        notes.push(`${code} ${row.name}: listed ${row.list_date}, after the second source's last listing (${goStockDate}); taken on Tushare's row alone`);
      } else {
        excluded.push({ code, name: row.name, reason: `in Tushare (listed ${row.list_date}) but not in go-stock's list of ${goStockDate}` });
        continue;
      }
    }
    // Under a risk warning the exchange shortens the name to fit its marker (国华网安 → *ST国华): reporters
    // write the marked form or the name it had before, so those are the surfaces, never the bare stub (国华).
    const marked = RISK_WARNING.test(foldWidth(row.name));
    const names = [...(history.get(code) ?? []), ...(formerCodes ?? []).flatMap((c) => history.get(c) ?? []), ...(other ? [other.name] : [])].filter((n) => !TRANSIENT_NAME.test(n));
    const unmarkedBefore = names.filter((n) => !RISK_WARNING.test(foldWidth(n))).map((n) => withoutShareClass(cleanAShareName(n)));
    const name = marked && unmarkedBefore.length ? unmarkedBefore[unmarkedBefore.length - 1] : withoutShareClass(current);
    const aliases = new Set<string>();
    if (withoutShareClass(current) !== current && !marked) aliases.add(current);
    for (const n of new Set(names.concat(row.name))) {
      const written = foldWidth(n).trim();
      if (RISK_WARNING.test(written)) {
        aliases.add(written);
        continue;
      }
      const cleaned = withoutShareClass(cleanAShareName(n));
      if (cleaned.length >= 2 && cleaned !== name) aliases.add(cleaned);
    }
    aliases.delete(name);
    const industry = INDUSTRY[row.industry] ?? undefined;
    listings.push({
      name,
      aliases: [...aliases],
      fullName: other?.fullname || undefined,
      en: other?.enname?.trim() || undefined,
      codes: [code],
      ...(formerCodes ? { formerCodes } : {}),
      ...(industry ? { industry } : {}),
      ...(row.industry === '证券' ? { kind: 'broker' as const } : {}),
      ...(marked && !unmarkedBefore.length ? { ambiguous: [name] } : {}),
      from: other ? ['tushare', 'go-stock'] : ['tushare'],
    });
  }
  const listedA = new Set(tushare.filter((r) => r.status === 'L').map((r) => r.ts_code));
  for (const r of goStock.values()) {
    if (r.list_status === 'L' && !listedA.has(r.ts_code) && !/^(43|83|87)/.test(r.ts_code)) {
      const status = tushare.find((t) => t.ts_code === r.ts_code)?.status;
      if (status !== 'D') excluded.push({ code: r.ts_code, name: r.name, reason: 'in go-stock (2025-06) but not in Tushare today' });
    }
  }

  // ---- Hong Kong: shares in both go-stock's list (2025-04) and starwrights' (2026-03), names agreeing.
  const starwrights = parseCsv(files.starwrights);
  const swHk = new Map(starwrights.filter((r) => r.market === 'HK').map((r) => [r.symbol, r]));
  const gsHk = new Map(parseCsv(files.goStockHk).map((r) => [r.code.replace(/\.HK$/, ''), r]));
  const aShareNames = new Map(listings.map((l) => [l.name, l]));
  const hkCodes = new Set([...swHk.keys(), ...gsHk.keys()]);
  for (const symbol of [...hkCodes].sort()) {
    const code = `${symbol}.HK`;
    const a = gsHk.get(symbol);
    const b = swHk.get(symbol);
    const rawName = b?.name ?? a!.name;
    if (!isHkShare(symbol, rawName)) continue;
    const newer = b ? cleanHkName(b.name) : null;
    const older = a ? cleanHkName(a.name) : null;
    let name: string;
    let from: string[];
    if (newer && older) {
      if (newer !== older) {
        const pairedA = aShareNames.get(newer);
        if (pairedA && pairedA.aliases.includes(older)) {
          notes.push(`${code}: ${older} (go-stock) → ${newer} (starwrights), the same rename as its A-share ${pairedA.codes[0]}`);
        } else {
          excluded.push({ code, name: `${older} / ${newer}`, reason: 'the two Hong Kong lists give different names (a rename or a reused code)' });
          continue;
        }
      }
      name = newer;
      from = ['go-stock-hk', 'starwrights'];
    } else if (newer && aShareNames.has(newer)) {
      name = newer;
      from = ['starwrights', 'tushare (A+H name)'];
      notes.push(`${code} ${newer}: only in starwrights (listed after 2025-04); the name is its A-share's`);
    } else if (newer && knownNames.has(newer)) {
      name = newer;
      from = ['starwrights', 'curated'];
      notes.push(`${code} ${newer}: only in starwrights (listed after 2025-04); the name is a company the curated layer knows`);
    } else {
      excluded.push({ code, name: (newer ?? older)!, reason: newer ? 'only in starwrights (2026-03), not confirmed by a second list' : 'only in go-stock (2025-04): no longer in starwrights (2026-03)' });
      continue;
    }
    if (name.length < 2) continue;
    listings.push({ name, aliases: [], codes: [code], from });
  }

  // ---- US: starwrights rows that carry the Chinese name media use.
  for (const r of starwrights) {
    if (r.market !== 'US' || !r.alias) continue;
    if (!/^[A-Z]{1,5}$/.test(r.symbol)) continue;
    const parts = r.alias.split(/\s+/).filter((p) => p.length >= 2);
    const han = parts.filter(hasHan);
    const name = han[0] ?? parts[0];
    if (!name) continue;
    listings.push({
      name,
      aliases: parts.filter((p) => p !== name),
      en: r.name,
      codes: [`${r.symbol}.US`],
      from: ['starwrights'],
    });
  }

  return { listings, excluded, notes };
}

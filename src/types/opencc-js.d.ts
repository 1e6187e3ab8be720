declare module 'opencc-js/dict/TSCharacters' {
  /** "繁 简|…" pairs, as OpenCC's TSCharacters table. */
  const table: string;
  export default table;
}

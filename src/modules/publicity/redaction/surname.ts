// E4 (Wanzhou Art. 16): a natural person other than the legal representative is published as surname + 某.
// A compound surname (欧阳, 司马 …) is kept whole; a name of two characters is read as a single-character
// surname and given name (a person called 欧阳 is 欧某), as a reader of the name would.

// The compound surnames of 百家姓 and those still in common use.
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 南宫 西门 独孤 万俟 闻人 ' +
    '澹台 公冶 太叔 申屠 钟离 宗政 濮阳 淳于 单于 呼延 赫连 拓跋 百里 东郭 司空 司寇 左丘 第五 梁丘 段干 ' +
    '谷梁 乐正 公西 仲孙 巫马 羊舌 微生 公良 漆雕 壤驷 颛孙 亓官 鲜于 闾丘 子车 公羊 公户 公玉 公仪 ' +
    '梁丘 东门 西门 南门 太史 仲长 叱干 谷利 达奚 夹谷 哥舒'
  ).split(' '),
);

/** The surname of a Chinese personal name: compound when the name is long enough to hold one. */
export function surnameOf(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  // Transliterated names (买买提·艾力): the first character stands for the person, as in 买某.
  if (chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!)) return chars[0]! + chars[1]!;
  return chars[0]!;
}

/** "张三" → "张某", "欧阳娜娜" → "欧阳某". */
export function maskedName(name: string): string {
  return `${surnameOf(name)}某`;
}

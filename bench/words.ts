// The text of the archive at scale: a seeded random source, and words, names and titles in the
// program's six languages that read like the archive's.

/** mulberry32: a small, fast PRNG; the same seed gives the same archive. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(list: readonly T[]) => list[int(list.length)]
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const n = min + int(max - min + 1)
    return [...new Set(Array.from({ length: n }, () => pick(list)))]
  }
  return { next, int, pick, some }
}

/** Words per content language, for titles and text that read like the archive's. */
export const WORDS: Record<string, string[]> = {
  en: 'union shift kitchen night bus floor hands mother wage strike morning break room steam mop keys badge overtime bread river winter letter picket contract rent home language bridge voice school daughter grandmother dignity heat broom tray supervisor'.split(
    ' ',
  ),
  es: 'sindicato turno cocina noche autobús piso manos madre salario huelga mañana descanso vapor trapeador llaves horas pan río invierno carta contrato renta hogar idioma puente voz escuela hija abuela dignidad calor escoba bandeja'.split(
    ' ',
  ),
  pt: 'sindicato turno cozinha noite ônibus chão mãos mãe salário greve manhã pausa vapor chaves horas pão rio inverno carta contrato aluguel casa língua ponte voz escola filha avó dignidade'.split(
    ' ',
  ),
  ht: 'sendika travay kizin lannwit bis men manman salè grèv maten repo kle lè pen rivyè lèt kontra kay lang pon vwa lekòl pitit grann diyite chalè bale'.split(
    ' ',
  ),
  zh: '工会 夜班 厨房 公交车 双手 母亲 工资 罢工 早晨 休息 蒸汽 钥匙 加班 面包 河流 冬天 信 合同 房租 家 语言 桥 声音 学校 女儿 祖母 尊严'.split(
    ' ',
  ),
  vi: 'công đoàn ca đêm nhà bếp xe buýt đôi tay mẹ tiền lương đình công buổi sáng nghỉ giải lao hơi nước chìa khóa tăng ca bánh mì dòng sông mùa đông lá thư hợp đồng nhà ngôn ngữ cây cầu giọng nói trường học con gái bà ngoại phẩm giá'.split(
    ' ',
  ),
}
export const LANGUAGE_MIX = [
  'en',
  'en',
  'en',
  'en',
  'es',
  'es',
  'es',
  'pt',
  'ht',
  'zh',
  'vi',
] as const
export const FIRST =
  'Rosa Marcus Ana Dolores Jean Kevin Carmen Lucía Darnell José Mei Lan Sam Elena Fabienne Tom Abena Luis Beatriz Grace Ahmed Priya Wilson Marisol Thanh Olga Patrice Aisha Diego Nadia'.split(
    ' ',
  )
export const LAST =
  'Martínez Lee Souza Hart Pierre O’Brien Rivera Gómez Brooks Hernández Chen Nguyễn Whitaker Castro Joseph Kowalski Mensah Ortega Lopes Kim Haddad Patel Santos Tran Petrova Dubois Okafor Reyes Silva Murphy'.split(
    ' ',
  )
export const ORGS =
  'SEIU Local 615|UNITE HERE Local 26|Massachusetts Jobs with Justice|Chelsea Collaborative|Brazilian Worker Center|Haitian Workers Alliance|Chinese Progressive Association|Vietnamese American Civic Association|Boston Teachers Union|Mass Nurses Association|Greater Boston Labor Council|MassCOSH'.split(
    '|',
  )
export const MEDIA = [
  'Acrylic on canvas',
  'Photograph',
  'Watercolour',
  'Mixed media',
  'Ink on paper',
  'Textile',
  'Oil on board',
  'Linocut',
]

export const sentence = (r: ReturnType<typeof prng>, language: string, min = 6, max = 14) => {
  const words = Array.from({ length: min + r.int(max - min + 1) }, () => r.pick(WORDS[language]))
  const joiner = language === 'zh' ? '' : ' '
  const text = words.join(joiner)
  return text.charAt(0).toUpperCase() + text.slice(1) + (language === 'zh' ? '。' : '.')
}
export const titleOf = (r: ReturnType<typeof prng>, language: string) => {
  const text = Array.from({ length: 2 + r.int(3) }, () => r.pick(WORDS[language])).join(
    language === 'zh' ? '' : ' ',
  )
  return text.charAt(0).toUpperCase() + text.slice(1)
}
export const paragraphs = (r: ReturnType<typeof prng>, language: string, n: number) =>
  Array.from({ length: n }, () =>
    Array.from({ length: 2 + r.int(3) }, () => sentence(r, language)).join(' '),
  ).join('\n\n')

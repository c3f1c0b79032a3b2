/**
 * Demo writing: short, plainly demo pieces in the shapes the program publishes. `pair` links a
 * piece to its translation. Status other than 'published' feeds the editors' review queue.
 */
export type DemoWriting = {
  key: string
  title: string
  form: 'poem' | 'story' | 'essay' | 'testimony' | 'oral_history' | 'other'
  language: 'en' | 'es' | 'pt' | 'ht' | 'zh' | 'vi'
  author: number
  credit: 'name' | 'penName' | 'anonymous'
  penName?: string
  topics: string[]
  text: string
  pair?: string
  status?: 'submitted' | 'in_review' | 'declined'
  /** The contributor did not consent to print (left out of anthologies, and listed why). */
  noPrint?: true
}

export const demoWritings: DemoWriting[] = [
  { key: 'night-shift', title: 'Night Shift at the Dining Hall', form: 'poem', language: 'en', author: 0, credit: 'name', topics: ['work', 'night'],
    text: 'The trays come back like tides,\nsalt and ketchup, one lost fork.\n\nAt two a.m. the steam is the only one who talks to me,\nand I answer in my mother’s songs.', pair: 'turno-de-noche' },
  { key: 'turno-de-noche', title: 'Turno de noche en el comedor', form: 'poem', language: 'es', author: 0, credit: 'name', topics: ['work', 'night'],
    text: 'Las bandejas regresan como mareas,\nsal y kétchup, un tenedor perdido.\n\nA las dos de la mañana solo el vapor me habla,\ny le respondo con las canciones de mi madre.', pair: 'night-shift' },
  { key: 'keys', title: 'Keys', form: 'poem', language: 'en', author: 1, credit: 'penName', penName: 'M. Quiet', topics: ['work', 'dignity'],
    text: 'Forty-two keys on a ring,\nevery door in the building knows me\nand none of the people behind them do.' },
  { key: 'first-paycheck', title: 'My First Paycheck in This Country', form: 'story', language: 'en', author: 2, credit: 'name', topics: ['immigration', 'family'],
    text: 'I held the envelope the whole bus ride home. I did not open it. I wanted my daughter to see the number first, because the number was hers too.\n\nShe read it out loud twice, once in English and once in Portuguese, and we laughed because in both languages it was not enough and it was everything.', pair: 'primeiro-salario' },
  { key: 'primeiro-salario', title: 'Meu primeiro salário neste país', form: 'story', language: 'pt', author: 2, credit: 'name', topics: ['immigration', 'family'],
    text: 'Segurei o envelope a viagem inteira de ônibus. Não abri. Queria que minha filha visse o número primeiro, porque o número também era dela.\n\nEla leu em voz alta duas vezes, uma em inglês e outra em português, e rimos porque nas duas línguas não era suficiente e era tudo.', pair: 'first-paycheck' },
  { key: 'break-room', title: 'The Break Room Has No Window', form: 'essay', language: 'en', author: 3, credit: 'name', topics: ['work', 'health'],
    text: 'Fifteen minutes is long enough to eat half a sandwich and short enough to forget what the sky looks like.\n\nWe asked for a window. We were given a poster of a beach. This essay is about the difference.' },
  { key: 'what-we-carry', title: 'What We Carry', form: 'testimony', language: 'en', author: 4, credit: 'anonymous', topics: ['dignity', 'health'],
    text: 'I am not writing my name because I still need this job.\n\nBut I want it written somewhere that the lifting injured three of us this year, and that we reported it, and that the report is in a drawer.' },
  { key: 'sa-nou-pote', title: 'Sa nou pote', form: 'testimony', language: 'ht', author: 4, credit: 'anonymous', topics: ['dignity', 'health'],
    text: 'Mwen pa ekri non mwen paske mwen toujou bezwen travay sa a.\n\nMen mwen vle li ekri yon kote ke leve chaj yo blese twa nan nou ane sa a.', pair: 'what-we-carry' },
  { key: 'grandmother-union', title: 'My Grandmother Joined the Union in 1972', form: 'oral_history', language: 'en', author: 5, credit: 'name', topics: ['union', 'family'],
    text: 'As told to her grandson on a Sunday.\n\n“We met in the laundry because the laundry was loud. Nobody could hear us deciding. By the time the supervisor understood, we were already a union.”' },
  { key: 'la-lavanderia', title: 'La lavandería', form: 'oral_history', language: 'es', author: 6, credit: 'name', topics: ['union', 'work'],
    text: 'Contado por Doña Carmen, cocinera durante veintiocho años.\n\n“Nos reuníamos en la lavandería porque hacía ruido. Nadie podía oír lo que decidíamos.”' },
  { key: 'manos', title: 'Manos', form: 'poem', language: 'es', author: 7, credit: 'penName', penName: 'La Cocinera', topics: ['work', 'dignity'],
    text: 'Mis manos conocen\nel peso exacto de cien platos\ny el de una carta de mi hijo.\n\nLas dos cosas tiemblan igual.' },
  { key: 'bus-46', title: 'Bus 46, 5:10 a.m.', form: 'poem', language: 'en', author: 8, credit: 'name', topics: ['night', 'city'],
    text: 'Everyone on this bus\nkeeps the city running\nand the city is asleep.' },
  { key: 'cleaning-the-library', title: 'Cleaning the Library', form: 'story', language: 'en', author: 9, credit: 'name', topics: ['work', 'education'],
    text: 'Every night I dust the same shelf of poetry. One night I opened a book. Now I take one home every Friday and bring it back on Monday, dusted.' },
  { key: 'limpiando-la-biblioteca', title: 'Limpiando la biblioteca', form: 'story', language: 'es', author: 9, credit: 'name', topics: ['work', 'education'],
    text: 'Cada noche limpio el mismo estante de poesía. Una noche abrí un libro. Ahora me llevo uno cada viernes y lo devuelvo el lunes, sin polvo.', pair: 'cleaning-the-library' },
  { key: 'mother-tongue', title: '母语', form: 'poem', language: 'zh', author: 10, credit: 'name', topics: ['immigration', 'language'],
    text: '在厨房里我说英语，\n在梦里我说广东话。\n\n我的女儿两种都说，\n像一座桥。' },
  { key: 'mother-tongue-en', title: 'Mother Tongue', form: 'poem', language: 'en', author: 10, credit: 'name', topics: ['immigration', 'language'],
    text: 'In the kitchen I speak English,\nin my dreams I speak Cantonese.\n\nMy daughter speaks both,\nlike a bridge.', pair: 'mother-tongue' },
  { key: 'com-trua', title: 'Cơm trưa', form: 'poem', language: 'vi', author: 11, credit: 'name', topics: ['food', 'family'],
    text: 'Hộp cơm mẹ gói từ sáng sớm,\nvẫn còn ấm lúc mười hai giờ.\n\nTôi ăn chậm,\nđể nhớ nhà lâu hơn.' },
  { key: 'lunch', title: 'Lunch', form: 'poem', language: 'en', author: 11, credit: 'name', topics: ['food', 'family'],
    text: 'The rice my mother packed at dawn\nis still warm at noon.\n\nI eat slowly,\nto stay home longer.', pair: 'com-trua' },
  { key: 'on-being-invisible', title: 'On Being Invisible', form: 'essay', language: 'en', author: 12, credit: 'name', topics: ['dignity', 'work'],
    text: 'A professor once apologised to the wall after bumping into me. I think about that more than I should.\n\nThis essay asks what it would take for a building to see the people who keep it.' },
  { key: 'la-huelga', title: 'La huelga de los tres días', form: 'story', language: 'es', author: 13, credit: 'name', noPrint: true, topics: ['union', 'city'],
    text: 'El primer día nadie creía. El segundo día llegó la radio. El tercer día la universidad llamó para negociar, y doña Elena se puso su mejor blusa.' },
  { key: 'greve', title: 'Grèv twa jou a', form: 'story', language: 'ht', author: 14, credit: 'penName', penName: 'Ti Flè', topics: ['union'],
    text: 'Premye jou a pèsonn pa t kwè. Dezyèm jou a radyo a rive. Twazyèm jou a inivèsite a rele pou negosye.', pair: 'la-huelga' },
  { key: 'overtime', title: 'Overtime', form: 'poem', language: 'en', author: 15, credit: 'name', topics: ['work', 'family'],
    text: 'My son learned to ride a bike\nin a video my wife sent me\nat 7:42 p.m.\nI watched it eleven times on my break.' },
  { key: 'the-recipe', title: 'The Recipe', form: 'other', language: 'en', author: 6, credit: 'name', topics: ['food'],
    text: 'Ingredients: rice, beans, sofrito, and forty years of feeding other people’s children.\n\nMethod: do not measure. Ask the pot.' },
  { key: 'letter-to-the-new-hire', title: 'Letter to the New Hire', form: 'other', language: 'en', author: 3, credit: 'name', topics: ['work', 'union'],
    text: 'Welcome. The good mop is behind the boiler. The steward’s name is Ana. You have rights, and they are written down, and I will show you where.' },
  { key: 'carta-nueva', title: 'Carta a la persona nueva', form: 'other', language: 'es', author: 3, credit: 'name', topics: ['work', 'union'],
    text: 'Bienvenida. El buen trapeador está detrás de la caldera. La delegada se llama Ana. Tienes derechos, y están por escrito, y te mostraré dónde.', pair: 'letter-to-the-new-hire' },
  { key: 'eu-limpo', title: 'Eu limpo, eu escrevo', form: 'essay', language: 'pt', author: 2, credit: 'name', topics: ['education', 'dignity'],
    text: 'Limpo salas de aula onde nunca estudei. Nesta aula de escrita, pela primeira vez, a sala é minha também.' },
  { key: 'sunday-market', title: 'Sunday Market', form: 'poem', language: 'en', author: 16, credit: 'name', topics: ['city', 'food'],
    text: 'Mangoes, phone cards, a radio\nplaying our station from home.\nFor one hour a week\nnobody asks me where I am from.' },
  // The review queue: received, being read, not selected.
  { key: 'draft-pantry', title: 'The Pantry on Floor B', form: 'testimony', language: 'en', author: 17, credit: 'anonymous', topics: ['food', 'health'],
    text: 'There is a food pantry for students. There is none for us.', status: 'submitted' },
  { key: 'draft-uniforme', title: 'El uniforme', form: 'poem', language: 'es', author: 18, credit: 'penName', penName: 'Azul', topics: ['work'],
    text: 'Me lo pongo y desaparezco.\nMe lo quito y vuelvo a ser yo.', status: 'in_review' },
  { key: 'draft-parking', title: 'Parking Lot Rules', form: 'essay', language: 'en', author: 19, credit: 'name', topics: ['city'],
    text: 'A short essay about the staff lot being moved a mile away.', status: 'declined' },
]

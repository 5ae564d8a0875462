import { ParseEnglish } from 'parse-english'
import retextRepeatedWords from 'retext-repeated-words'
import { VFile } from 'vfile'
for (const t of ['The The order is ready.', 'I saw The The band.', 'the the order']) {
const tree = new ParseEnglish().parse(t)
const f = new VFile(t); (retextRepeatedWords as any)()(tree, f); console.log(t, f.messages.map(m => m.reason))
}

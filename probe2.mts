import { spellingOnly } from './test/eval/suites/spelling.js'
const l = await spellingOnly()
for (const t of ['Zorblatt is covered by the warranty.', 'Shopnest is fine.', 'Grubnix is fine.', 'PixelFrame is fine. Pixelframe too. Humidifer.']) console.log(t, l.lint(t).messages.map(m => [m.actual, m.expected]))

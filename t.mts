import { findRequests } from './src/facts/requests.ts'
import { extractFacts } from './src/facts/extract.ts'
console.log(findRequests('Who am I speaking with today?'))
console.log(extractFacts("My name's Priya Shah"))
console.log(findRequests('Thanks, I can see the screenshot. Can you also send a photo of the label?'))

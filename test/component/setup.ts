// Preact's hooks run effects after the next frame: a requestAnimationFrame with a 100 ms timer
// fallback that calls cancelAnimationFrame. A fallback timer still pending when a test file's
// jsdom is torn down then throws "cancelAnimationFrame is not defined" into the whole run (seen
// once under load). Here effects run in the next macrotask instead; testing-library's act() swaps
// this hook for its own and restores it, as it does in a browser.
import { options } from 'preact';

options.requestAnimationFrame = (flush) => void setTimeout(flush);

// --experimental-loader: the hooks are in place before the entry point loads.
import answer from 'answer:';

console.log(answer);

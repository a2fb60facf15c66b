// Errors from "exports" resolution in require(): codes and messages.
const rel = (s) => String(s).split(__dirname).join('<dir>');
for (const spec of ['exp-basic/missing', 'exp-basic/bad-target', 'exp-basic/bad-relative',
                    'exp-basic/bad-segment', 'exp-basic/nope', 'exp-basic/features/',
                    'exp-mixed', 'exp-cond/no-match', 'exp-cond/numeric', 'exp-basic/features/%2e%2e/x']) {
  try {
    require(spec);
    console.log(spec, 'resolved?!');
  } catch (e) {
    console.log(spec);
    console.log('  ', e.code, e.name, JSON.stringify(rel(e.message)));
    if (e.path) console.log('   path:', rel(e.path));
  }
}

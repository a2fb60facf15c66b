// Package "imports": Node 24 accepts "#/..." names (a root wildcard), not "#",
// "#/" or a trailing slash.
for (const [specifier, result] of require('./fixtures/m2/pkg-imports/main.js')) {
  console.log(specifier, result);
}

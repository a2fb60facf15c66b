const { readFileSync } = require('fs');
readFileSync('/nonexistent-rode-test/notes.txt', 'utf8');

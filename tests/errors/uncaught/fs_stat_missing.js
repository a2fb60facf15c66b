require('fs').statSync('/nonexistent-rode-test');

require('fs').mkdirSync('/tmp');

function inner() { throw new TypeError('from the required module'); }
inner();

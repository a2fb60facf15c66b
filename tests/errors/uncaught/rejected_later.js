new Promise((_, reject) => setTimeout(() => reject(42), 1));

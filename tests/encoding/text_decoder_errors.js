'use strict';
// TextDecoder construction and decode errors.
function t(label, fn) {
  try { const r = fn(); console.log(label, 'ok', JSON.stringify(r)); } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
t('unknown', () => new TextDecoder('foo').encoding);
t('empty', () => new TextDecoder('').encoding);
t('binary', () => new TextDecoder('binary').encoding);
t('utf8trim', () => new TextDecoder('  UTF8\n').encoding);
t('undefinedLabel', () => new TextDecoder(undefined).encoding);
t('nullLabel', () => new TextDecoder(null).encoding);
t('optionsNumber', () => new TextDecoder('utf-8', 1));
t('optionsNull', () => new TextDecoder('utf-8', null).fatal);
t('fatalTruthy', () => new TextDecoder('utf-8', { fatal: 'yes' }).fatal);
t('ignoreBOMTruthy', () => new TextDecoder('utf-8', { ignoreBOM: 1 }).ignoreBOM);
t('decodeString', () => new TextDecoder().decode('abc'));
t('decodeNull', () => new TextDecoder().decode(null));
t('decodeNumber', () => new TextDecoder().decode(5));
t('decodeArray', () => new TextDecoder().decode([1, 2]));
t('decodeOptions', () => new TextDecoder().decode(new Uint8Array(1), 1));
t('badThis', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));
t('badThisEncoding', () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}));
try { TextDecoder(); } catch (e) { console.log('call', e.name); }
try { new TextDecoder().decode('x'); } catch (e) { console.log(String(e)); console.log(e.stack.split('\n')[0]); }
try { new TextDecoder('nope'); } catch (e) { console.log(String(e)); console.log(e.stack.split('\n')[0]); }

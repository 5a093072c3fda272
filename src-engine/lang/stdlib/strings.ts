/** `strings` and `strconv`: the pure string functions concurrency examples use. */
import { BOOL, BYTE, ERROR, FLOAT64, INT, INT64, RUNE, STRING, type Type, UINT64 } from '../types';
import { stdFunc, stdPackage } from './package';

const strSlice: Type = { kind: 'slice', elem: STRING };
const S = 'strings';
const s2s = (name: string) => stdFunc(S, name, [STRING], [STRING]);
const ss2b = (name: string) => stdFunc(S, name, [STRING, STRING], [BOOL]);
const ss2i = (name: string) => stdFunc(S, name, [STRING, STRING], [INT]);

/** The subset of strings. */
export const STRINGS = stdPackage(
  S,
  [
    s2s('ToUpper'),
    s2s('ToLower'),
    s2s('TrimSpace'),
    ss2b('Contains'),
    ss2b('HasPrefix'),
    ss2b('HasSuffix'),
    ss2b('EqualFold'),
    ss2i('Index'),
    ss2i('LastIndex'),
    ss2i('Count'),
    stdFunc(S, 'Repeat', [STRING, INT], [STRING]),
    stdFunc(S, 'Join', [strSlice, STRING], [STRING]),
    stdFunc(S, 'Split', [STRING, STRING], [strSlice]),
    stdFunc(S, 'Fields', [STRING], [strSlice]),
    stdFunc(S, 'ReplaceAll', [STRING, STRING, STRING], [STRING]),
    stdFunc(S, 'Replace', [STRING, STRING, STRING, INT], [STRING]),
    stdFunc(S, 'TrimPrefix', [STRING, STRING], [STRING]),
    stdFunc(S, 'TrimSuffix', [STRING, STRING], [STRING]),
  ],
  'Builder Clone Compare ContainsAny ContainsFunc ContainsRune Cut CutPrefix CutSuffix EqualFold FieldsFunc FieldsFuncSeq FieldsSeq IndexAny IndexByte IndexFunc IndexRune LastIndexAny LastIndexByte LastIndexFunc Lines Map NewReader NewReplacer Reader Replacer SplitAfter SplitAfterN SplitAfterSeq SplitN SplitSeq Title ToTitle ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc TrimRight TrimRightFunc',
);

const C = 'strconv';

/** The subset of strconv. */
export const STRCONV = stdPackage(
  C,
  [
    stdFunc(C, 'Itoa', [INT], [STRING]),
    stdFunc(C, 'FormatInt', [INT64, INT], [STRING]),
    stdFunc(C, 'FormatBool', [BOOL], [STRING]),
    stdFunc(C, 'Quote', [STRING], [STRING]),
    stdFunc(C, 'FormatFloat', [FLOAT64, BYTE, INT, INT], [STRING]),
    stdFunc(C, 'Atoi', [STRING], [INT, ERROR]),
    stdFunc(C, 'ParseInt', [STRING, INT, INT], [INT64, ERROR]),
    stdFunc(C, 'ParseUint', [STRING, INT, INT], [UINT64, ERROR]),
    stdFunc(C, 'ParseBool', [STRING], [BOOL, ERROR]),
    stdFunc(C, 'FormatUint', [UINT64, INT], [STRING]),
    stdFunc(C, 'QuoteToASCII', [STRING], [STRING]),
    stdFunc(C, 'QuoteRune', [RUNE], [STRING]),
    stdFunc(C, 'QuoteRuneToASCII', [RUNE], [STRING]),
  ],
  'AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi CanBackquote ErrRange ErrSyntax FormatComplex FormatFloat FormatUint IntSize IsGraphic IsPrint NumError ParseBool ParseComplex ParseFloat ParseInt ParseUint QuoteRune QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII QuoteToGraphic QuotedPrefix Unquote UnquoteChar',
);

import { msg } from "./message.js";
import { def } from "./registry-syntax.js";

/**
 * MOF4xxx: binary MOF (BMF). 40xx: the container and its DS compression (offsets count bytes of
 * the input file); 41xx: the decompressed object model (offsets count bytes of the decompressed
 * payload); 42xx: turning the object model into MOF; 43xx: writing MOF as binary MOF. Every message says where, because a
 * firmware blob has no lines to point at. Format notes: docs/bmf-format.md in the shared docs.
 */
export const bmfDiagnostics = {
  bmfTooShort: def(
    4001, "error", msg`the input is ${"size"} bytes long; a binary MOF needs at least a ${"need"}-byte header`,
    "A BMF file starts with a 16-byte header (signature, compression type, compressed and uncompressed sizes). The input ends before that header does.",
    "mofkit bmf decode empty.bmf", "bmf-format.md §2"),
  bmfBadSignature: def(
    4002, "error", msg`bad signature ${"found"} at byte 0: a binary MOF starts with "FOMB" (46 4F 4D 42)`,
    "The first four bytes are not the BMF signature, so the input is not a binary MOF (or it was cut at the wrong place out of an ACPI table).",
    "mofkit bmf decode thermal.mof", "bmf-format.md §2"),
  bmfUnsupportedCompression: def(
    4003, "error", msg`unsupported compression type ${"value"} at byte 4: only 1 (DS compression) is known`,
    "Every known BMF uses compression type 1. Other values have never been seen and cannot be decoded.",
    "(a .bmf whose second dword is 2)", "bmf-format.md §2"),
  bmfSizeBeyondBuffer: def(
    4004, "error", msg`the compressed size ${"size"} at byte 8 runs past the end of the input: the stream needs bytes 16 to ${"end"} but the input has ${"available"} bytes`,
    "The header says the compressed stream is longer than the bytes present, so the blob is truncated. Extra bytes after the stream are allowed (ACPI buffers may carry padding) and ignored.",
    "(a .bmf cut short by a bad copy)", "bmf-format.md §2"),
  bmfOutputLimit: def(
    4005, "error", msg`the uncompressed size ${"size"} at byte 12 exceeds the limit of ${"limit"} bytes`,
    "The header asks for more decompressed output than the decoder is allowed to produce (32 MiB by default, as bmfdec). Real blobs are at most a few hundred kilobytes.",
    "(a .bmf whose header claims 4 GB)", "bmf-format.md §2; bmfdec"),
  dsBadHeader: def(
    4006, "error", msg`the DS stream at byte ${"offset"} ${"detail"}`,
    'The compressed stream starts with the two bytes "DS" and a big-endian version; version 1 is the only one seen (libdeds decodes 1 to 3 alike, which draw a warning).',
    "(a .bmf whose bytes 16-17 are not 44 53)", "bmf-format.md §3.2"),
  dsInvalidToken: def(
    4007, "error", msg`invalid DS token at byte ${"offset"} (bit ${"bit"} of the stream): ${"detail"}`,
    "The compressed stream holds a token no encoder writes: a match with offset 0, a length code of nine zero bits, or a block marker where no 512-byte block ends.",
    "(a corrupted .bmf)", "bmf-format.md §3.3, §3.5"),
  dsOffsetOutOfRange: def(
    4008, "error", msg`DS match at byte ${"offset"} reaches back ${"distance"} bytes, but only ${"produced"} bytes have been produced`,
    "A match copies from before the start of the output, which only a corrupted stream does.",
    "(a corrupted .bmf)", "bmf-format.md §3.3"),
  dsCopyPastEnd: def(
    4009, "error", msg`DS match at byte ${"offset"} copies ${"length"} bytes from output position ${"position"}, past the declared uncompressed size ${"size"}`,
    "The stream produces more bytes than the header's uncompressed size.",
    "(a .bmf whose uncompressed size was edited)", "bmf-format.md §3.3"),
  dsTruncated: def(
    4010, "error", msg`the DS stream ends at byte ${"offset"} after ${"produced"} of ${"size"} bytes of output`,
    "The compressed bytes run out before the declared uncompressed size is reached.",
    "(a .bmf cut short)", "bmf-format.md §3.5"),
  dsMissingEndMarker: def(
    4011, "error", msg`no end marker at byte ${"offset"} after the ${"size"} bytes of output`,
    "A DS stream ends with a marker (fifteen 1 bits) right after the last output byte. Its absence means the uncompressed size in the header is wrong or the stream is damaged.",
    "(a .bmf whose uncompressed size was edited)", "bmf-format.md §3.4"),
  bmfPayloadSignature: def(
    4101, "error", msg`the decompressed payload ${"detail"}`,
    'The decompressed object model starts with "FOMB", the length of its root part, two constants 1 and the number of objects.',
    "(a .bmf whose stream was replaced)", "bmf-format.md §4.2"),
  bmfRecordOverrun: def(
    4102, "error", msg`${"record"} at payload byte ${"offset"}: ${"detail"}`,
    "A record's length field is smaller than its fixed header or runs past the record that contains it, or a list holds fewer records than it declares.",
    "(a corrupted .bmf)", "bmf-format.md §4.1, §4.3"),
  bmfOffsetOutOfRange: def(
    4103, "error", msg`${"field"} of ${"record"} at payload byte ${"offset"} is ${"value"}, outside the record's ${"size"} bytes`,
    "Names, values and lists are found by offsets relative to the record's heap; this one points outside the record.",
    "(a corrupted .bmf)", "bmf-format.md §4.1"),
  bmfUnterminatedString: def(
    4104, "error", msg`the string for ${"what"} at payload byte ${"offset"} has no NUL terminator before the end of its record`,
    "Strings are UTF-16LE and end with a 0 code unit inside the record that holds them.",
    "(a corrupted .bmf)", "bmf-format.md §4.1"),
  bmfUnknownType: def(
    4105, "error", msg`unknown type code ${"code"} for ${"what"} at payload byte ${"offset"}`,
    "The record's type code is no CIM type the format uses, so its value cannot be read.",
    "(a .bmf with an unusual value type)", "bmf-format.md §4.6"),
  bmfMalformedArray: def(
    4106, "error", msg`the array value of ${"what"} at payload byte ${"offset"}: ${"detail"}`,
    "An array value is a header (total size, 1, element count, row length) followed by its elements; the header must agree with the bytes present.",
    "(a corrupted .bmf)", "bmf-format.md §4.6 (Arrays)"),
  bmfUnknownObjectKind: def(
    4107, "error", msg`the object at payload byte ${"offset"} has kind ${"kind"}; 0 (class) and 1 (instance) are known`,
    "Objects are classes or instances; other kinds have never been seen.",
    "(a corrupted .bmf)", "bmf-format.md §4.3"),
  bmfFlavorTrailer: def(
    4108, "error", msg`the qualifier flavor table at payload byte ${"offset"} ${"detail"}`,
    'After the objects comes an optional table: "BMOFQUALFLAVOR11", a pair count and (qualifier offset, flavor bits) pairs that end the payload.',
    "(a .bmf whose flavor table was cut)", "bmf-format.md §4.8"),
  bmfFlavorTarget: def(
    4109, "warning", msg`flavor entry ${"index"} names payload byte ${"target"}, which is not the start of a qualifier record; its flavors ${"flavors"} are lost`,
    "Each flavor entry names the absolute position of a qualifier record; this one names no qualifier that was read.",
    "(a .bmf edited by hand)", "bmf-format.md §4.8"),
  bmfLayoutMismatch: def(
    4110, "warning", msg`${"record"} at payload byte ${"offset"}: ${"detail"}`,
    "The lengths or counts of the object model disagree in a way mofcomp never produces; decoding goes on by following the offsets.",
    "(a .bmf produced by another tool)", "bmf-format.md §4.2, §4.6"),
  bmfTooComplex: def(
    4111, "error", msg`the object model at payload byte ${"offset"} ${"detail"}; decoding stopped`,
    "Embedded objects nest deeper than the decoder allows, or offsets make it read the same bytes over and over. Real blobs nest at most three levels.",
    "(a crafted .bmf)", "bmf-format.md §4.6 (Embedded objects)"),
  bmfNotRepresentable: def(
    4201, "warning", msg`${"what"} at payload byte ${"offset"} cannot be written in MOF: ${"detail"}`,
    "The object model holds something MOF has no syntax for (a qualifier on an embedded instance, a value MOF cannot spell); the MOF output leaves it out, while `mofkit bmf dump` still shows it.",
    "(a .bmf with a NaN default)", "bmf-format.md §4"),
  bmfMethodShape: def(
    4202, "warning", msg`method '${"method"}' at payload byte ${"offset"}: ${"detail"}`,
    "A method is stored as an array of one or two `__PARAMETERS` objects (inputs, then outputs; the return value is the output property `ReturnValue`). This one does not follow that shape, so its signature was rebuilt as far as possible.",
    "(a .bmf produced by another tool)", "bmf-format.md §4.7"),
  bmfMissingClassName: def(
    4203, "error", msg`the ${"kind"} at payload byte ${"offset"} has no __CLASS name and is left out`,
    "Every class and instance carries its class name in the `__CLASS` system property.",
    "(a corrupted .bmf)", "bmf-format.md §4.5"),
  bmfEncodeUnsupported: def(
    4301, "error", msg`${"what"} cannot be written as binary MOF: ${"detail"}`,
    "The input holds something the binary MOF format has no place for (a NULL qualifier value, an embedded instance as a qualifier value) or that mofcomp refuses when it writes a BMF (`#pragma deleteclass`). Nothing is written.",
    '[Description(NULL)] class Ex_E { };   // mofkit bmf encode x.mof -o x.bmf', "bmf-format.md §4.4, §4.5"),
  bmfEncodeGuess: def(
    4302, "warning", msg`${"what"} is written as ${"how"}; how mofcomp stores it is not known`,
    "The format notes leave this case open (integers that do not fit in 32 bits, arrays mixing alias references and strings), so mofkit picks an encoding its own decoder reads back, which Windows may not read the same way.",
    "instance of Ex_I { Big = 0x100000000; };   // mofkit bmf encode x.mof -o x.bmf", "bmf-format.md §4.6, §8"),
} as const;

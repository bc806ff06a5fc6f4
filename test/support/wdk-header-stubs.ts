/**
 * Stand-ins for the two Windows SDK headers the WDK iSCSI MOFs include (iscsidsc.h, iscsierr.h).
 * They are not in the corpus (kit licence). The macros the MOFs use are defined with plausible
 * values, plus C declarations the preprocessor must drop from a header.
 */
export function wdkHeaderStubs(iscsiDir: string): Record<string, string> {
  return {
    [`${iscsiDir}/iscsidsc.h`]: [
      "#ifndef _ISCSIDSC_",
      "#define _ISCSIDSC_",
      "#define MAX_ISCSI_NAME_LEN 223",
      "#define MAX_ISCSI_TEXT_ADDRESS_LEN 256",
      '#define ISCSI_LOGIN_OPTIONS_INFO_QUALIFIERS Description("Login options")',
      '#define ISCSI_LOGIN_FLAGS_QUALIFIERS BitMap{"0"}, BitValues{"Required"}',
      '#define ISCSI_AUTH_TYPES_QUALIFIERS Values{"None"}, ValueMap{"0"}',
      '#define ISCSI_DIGEST_CPPQUOTE "digest"',
      '#define ISCSI_SECURITY_FLAGS_CPPQUOTE "// security flags\\n"',
      '#define ISCSI_LOGIN_OPTIONS_INFO_CPPQUOTE "// login options\\n"',
      '#define ISCSI_LOGIN_FLAGS_CPPQUOTE "// login flags\\n"',
      "#ifndef MOFCOMP_PASS",
      "typedef unsigned long ISCSI_DIGEST_TYPES;",
      "#endif",
      "typedef struct { int Flags; } ISCSI_LOGIN_OPTIONS;",
      "#endif",
    ].join("\n"),
    [`${iscsiDir}/iscsierr.h`]: "#define ISCSI_ERR_BASE 0xEFFF0000\n",
  };
}

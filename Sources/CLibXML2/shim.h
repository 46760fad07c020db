#ifndef PUHUI_CLIBXML2_SHIM_H
#define PUHUI_CLIBXML2_SHIM_H

/*
 * Debian's libxml2 is built with ICU, so <libxml/encoding.h> includes the system's
 * <unicode/ucnv.h>. Foundation on Linux carries its own ICU (_FoundationICU), whose UErrorCode
 * differs from the system's, and a module seeing both fails to build. Puhui never uses
 * libxml2's ICU converters (documents are read as UTF-8 and only pointers to the encoding
 * handler pass through), so the ICU part of libxml2's headers is left out here.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlstring.h>

#endif

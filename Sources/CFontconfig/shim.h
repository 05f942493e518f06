#ifndef CHRONICLE_CFONTCONFIG_SHIM_H
#define CHRONICLE_CFONTCONFIG_SHIM_H
#include <fontconfig/fontconfig.h>
#endif

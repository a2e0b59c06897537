// Akoma Ntoso 3.0 export — being written (see issue 2).
#include <stdexcept>

#include "vanban/export.h"

namespace vanban {

std::string to_akn(const Document&) { throw std::runtime_error("Akoma Ntoso export is not built yet"); }

}  // namespace vanban

// A fronted phrase of scope before a clause's subject: "Trong phạm vi nhiệm vụ, quyền hạn của mình,
// Ủy ban nhân dân các cấp … có trách nhiệm sau đây:" (Luật 15/2012 Điều 17, 18). It says within
// what the body acts, not who: the clause still names a body over its list of duties.
#include "internal.h"

namespace vanban::link_detail {

bool within_remit(std::string_view lead_in) {
  return lead_in.size() < 90 && (starts_any(lead_in, {"trong phạm vi", "theo chức năng"})) &&
         ends_any(lead_in, {"của mình ,", "được giao ,"});
}

}  // namespace vanban::link_detail

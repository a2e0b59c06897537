// QR codes with libqrencode (Debian libqrencode-dev): the modules only; the
// leaflet draws each run of dark modules as a filled box (vector, no image).
#include <qrencode.h>

#include <memory>
#include <stdexcept>

#include "vanban/leaflet.h"

namespace vanban::leaflet {

QrCode qr_encode(const std::string& text) {
  // level M (15 % of the code may be damaged: a folded, handled leaflet),
  // 8-bit mode: URLs keep their case; version chosen by the library
  std::unique_ptr<QRcode, void (*)(QRcode*)> q(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
  if (!q) throw std::runtime_error("cannot make a QR code of " + std::to_string(text.size()) + " bytes (too long?)");
  QrCode out;
  out.size = q->width;
  out.dark.resize(static_cast<std::size_t>(q->width * q->width));
  for (std::size_t i = 0; i < out.dark.size(); ++i) out.dark[i] = (q->data[i] & 1) != 0;  // bit 0: dark
  return out;
}

}  // namespace vanban::leaflet

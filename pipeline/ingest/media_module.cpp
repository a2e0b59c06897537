// The entry point of vanban-media.so, the one symbol it exports: vanban
// (media.cpp) dlopen()s the module on its first PDF or image and asks it
// for its readers.
#include "media.h"

extern "C" __attribute__((visibility("default"))) const vanban::ingest::media::Readers* vanban_media_readers() {
  return &vanban::ingest::media::implementation();
}

#pragma once

#include <string>

namespace ameide::platform {

// A random RFC 4122 version 4 UUID, lower-case.
std::string newUuid();

// A new id with a readable kind prefix, e.g. "run-<uuid>".
std::string newId(const std::string &prefix);

// Hex encoding of arbitrary bytes and back; decode returns false on bad input.
std::string toHex(const std::string &bytes);
bool fromHex(const std::string &hex, std::string *bytes);

// Cryptographically random bytes (OpenSSL).
std::string randomBytes(std::size_t count);

// SHA-256 digest of data, raw bytes.
std::string sha256(const std::string &data);

} // namespace ameide::platform

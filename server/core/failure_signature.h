#pragma once

#include <string>

namespace ameide::platform {

// Failure triage: failed runs that failed "the same way" share a signature.
//
// The normalised message replaces what varies between occurrences of one
// failure: runs of digits become '#', hex or uuid-like tokens of at least
// 8 hex digits become '*', quoted text ('...' or "...") becomes "…" in
// double quotes; whitespace runs collapse to one space and the ends are
// trimmed.
std::string normalizeFailureMessage(const std::string &message);

// The first 16 hex digits of sha256(step_id 0x1F error_class 0x1F normalised message).
std::string failureSignature(const std::string &stepId, const std::string &errorClass, const std::string &message);

// True for 16 lower-case hex digits.
bool isFailureSignature(const std::string &value);

} // namespace ameide::platform

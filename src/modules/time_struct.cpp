// The time module's calendar half: struct_time, localtime/gmtime/mktime, asctime and
// ctime, strftime/strptime (over the C library's), and the time zone constants, with
// CPython 3.11's checks and messages. time.cpp has the clocks and sleep.
#include <time.h>

#include <cerrno>
#include <climits>
#include <limits.h>
#include <cmath>
#include <cstring>
#include <mutex>

#include "eval/importer.h"
#include "modules/native.h"
#include "modules/structseq_type.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/ops.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace hotpy {

TypeObject StructTimeType("time.struct_time");

namespace {

Value struct_time_of(const struct tm& t) {
  return new_struct_seq(&StructTimeType,
                        {Value::integer(int64_t(t.tm_year) + 1900), Value::integer(t.tm_mon + 1),
                         Value::integer(t.tm_mday), Value::integer(t.tm_hour), Value::integer(t.tm_min),
                         Value::integer(t.tm_sec), Value::integer((t.tm_wday + 6) % 7), Value::integer(t.tm_yday + 1),
                         Value::integer(t.tm_isdst), t.tm_zone ? new_str(t.tm_zone) : Value::none(),
                         Value::integer(t.tm_gmtoff)});
}

// A timestamp argument (None: now), floored to whole seconds as CPython does.
bool timestamp_arg(const Value& v, time_t* out) {
  if (v.is_null() || v.is_none()) {
    *out = ::time(nullptr);
    return true;
  }
  if (v.is_float()) {
    double d = v.as_float();
    if (std::isnan(d)) {
      raise(&ValueErrorType, "Invalid value NaN (not a number)");
      return false;
    }
    double f = std::floor(d);
    if (!(f >= -9.2e18 && f <= 9.2e18)) {
      raise(&OverflowErrorType, "timestamp out of range for platform time_t");
      return false;
    }
    *out = time_t(f);
    return true;
  }
  if (!is_int_like(v)) {
    raise(&TypeErrorType, format("'%s' object cannot be interpreted as an integer", type_name(v).c_str()));
    return false;
  }
  int64_t n;
  if (!int_to_int64(v, &n, "timestamp out of range for platform time_t")) return false;
  *out = time_t(n);
  return true;
}

Value convert_time(const Value* args, size_t nargs, KwNames* kw, const char* fname, bool local) {
  if (!no_keywords(fname, kw) || !check_nargs(fname, nargs, 0, 1)) return Value();
  time_t t;
  if (!timestamp_arg(nargs ? args[0] : Value(), &t)) return Value();
  struct tm out;
  errno = 0;
  if (!(local ? ::localtime_r(&t, &out) : ::gmtime_r(&t, &out)))
    return errno == EOVERFLOW || errno == 0 ? raise(&OverflowErrorType, "timestamp out of range for platform time_t")
                                            : raise(&OSErrorType, std::strerror(errno));
  return struct_time_of(out);
}

Value time_localtime(const Value* a, size_t n, KwNames* kw) { return convert_time(a, n, kw, "localtime", true); }
Value time_gmtime(const Value* a, size_t n, KwNames* kw) { return convert_time(a, n, kw, "gmtime", false); }

// A 9-tuple or struct_time as a struct tm (CPython's gettmarg); a struct_time also
// brings its zone and offset.
bool tm_arg(const Value& v, const char* fname, struct tm* out, std::string* zone) {
  if (!is_tuple(v)) {
    raise(&TypeErrorType, "Tuple or struct_time argument required");
    return false;
  }
  const auto& items = as_tuple(v)->m_items;
  if (items.size() != 9) {
    raise(&TypeErrorType, format("%s(): illegal time tuple argument", fname));
    return false;
  }
  int64_t f[9];
  for (int i = 0; i < 9; i++) {
    if (items[i].is_float()) {
      raise(&TypeErrorType, "'float' object cannot be interpreted as an integer");
      return false;
    }
    if (!index_value(items[i], &f[i])) return false;
    if (f[i] > INT32_MAX || f[i] < INT32_MIN) {
      raise(&OverflowErrorType, "Python int too large to convert to C int");
      return false;
    }
  }
  *out = {};
  out->tm_year = int(f[0] - 1900);
  out->tm_mon = int(f[1] - 1);
  out->tm_mday = int(f[2]);
  out->tm_hour = int(f[3]);
  out->tm_min = int(f[4]);
  out->tm_sec = int(f[5]);
  out->tm_wday = int((f[6] + 1) % 7);
  if (out->tm_wday < 0) {
    raise(&ValueErrorType, "day of week out of range");
    return false;
  }
  out->tm_yday = int(f[7] - 1);
  out->tm_isdst = int(f[8]);
  if (v.type() == &StructTimeType) {
    auto* s = v.as<StructSeqObject>();
    if (s->m_extra.size() == 2) {
      if (is_str(s->m_extra[0])) *zone = as_str(s->m_extra[0])->m_data;
      int64_t off;
      if (s->m_extra[1].is_int() && index_value(s->m_extra[1], &off)) out->tm_gmtoff = long(off);
    }
  }
  return true;
}

// CPython's checktm: the ranges strftime and asctime accept (0 stands for 1 in some).
bool check_tm(struct tm* t) {
  const char* bad = nullptr;
  if (t->tm_mon == -1) t->tm_mon = 0;
  else if (t->tm_mon < 0 || t->tm_mon > 11) bad = "month out of range";
  if (!bad) {
    if (t->tm_mday == 0) t->tm_mday = 1;
    else if (t->tm_mday < 0 || t->tm_mday > 31) bad = "day of month out of range";
  }
  if (!bad && (t->tm_hour < 0 || t->tm_hour > 23)) bad = "hour out of range";
  if (!bad && (t->tm_min < 0 || t->tm_min > 59)) bad = "minute out of range";
  if (!bad && (t->tm_sec < 0 || t->tm_sec > 61)) bad = "seconds out of range";
  if (!bad && t->tm_wday < 0) bad = "day of week out of range";
  if (!bad) {
    if (t->tm_yday == -1) t->tm_yday = 0;
    else if (t->tm_yday < 0 || t->tm_yday > 365) bad = "day of year out of range";
  }
  if (bad) raise(&ValueErrorType, bad);
  return !bad;
}

// The time argument of strftime/asctime: a tuple, or now in local time.
bool tm_or_now(const Value* args, size_t nargs, size_t index, const char* fname, struct tm* t, std::string* zone) {
  if (nargs > index) return tm_arg(args[index], fname, t, zone) && check_tm(t);
  time_t now = ::time(nullptr);
  ::localtime_r(&now, t);
  if (t->tm_zone) *zone = t->tm_zone;
  return true;
}

Value time_mktime(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("mktime", kw) || !check_nargs("mktime", nargs, 1, 1)) return Value();
  struct tm t;
  std::string zone;
  if (!tm_arg(args[0], "mktime", &t, &zone)) return Value();
  // -1 is also a valid result: tm_wday is set to an impossible value to tell them apart.
  t.tm_wday = -1;
  time_t r = ::mktime(&t);
  if (r == time_t(-1) && t.tm_wday == -1) return raise(&OverflowErrorType, "mktime argument out of range");
  return Value::number(double(r));
}

std::string asctime_text(const struct tm& t) {
  static const char* const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return format("%s %s%3d %.2d:%.2d:%.2d %d", days[t.tm_wday], months[t.tm_mon], t.tm_mday, t.tm_hour, t.tm_min,
                t.tm_sec, 1900 + t.tm_year);
}

Value time_asctime(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("asctime", kw) || !check_nargs("asctime", nargs, 0, 1)) return Value();
  struct tm t;
  std::string zone;
  if (!tm_or_now(args, nargs, 0, "asctime", &t, &zone)) return Value();
  return new_str(asctime_text(t));
}

Value time_ctime(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("ctime", kw) || !check_nargs("ctime", nargs, 0, 1)) return Value();
  time_t secs;
  if (!timestamp_arg(nargs ? args[0] : Value(), &secs)) return Value();
  struct tm t;
  if (!::localtime_r(&secs, &t)) return raise(&OverflowErrorType, "timestamp out of range for platform time_t");
  return new_str(asctime_text(t));
}

Value time_strftime(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("strftime", kw) || !check_nargs("strftime", nargs, 1, 2)) return Value();
  if (!is_str(args[0]))
    return raise(&TypeErrorType,
                 format("strftime() argument 1 must be str, not %s", type_name(args[0]).c_str()));
  struct tm t;
  std::string zone;
  if (!tm_or_now(args, nargs, 1, "strftime", &t, &zone)) return Value();
  if (t.tm_isdst < -1) t.tm_isdst = -1;
  else if (t.tm_isdst > 1) t.tm_isdst = 1;
  t.tm_zone = zone.empty() ? nullptr : zone.c_str();
  const std::string& fmt = as_str(args[0])->m_data;
  if (fmt.find('\0') != std::string::npos) return raise(&ValueErrorType, "embedded null character");
  if (fmt.empty()) return empty_str();
  // strftime's 0 is both "too small a buffer" and "empty result": grow up to 256 times
  // the format's size, then take the result as empty, as CPython.
  for (size_t size = 1024;; size *= 2) {
    std::string buf(size, '\0');
    size_t n = ::strftime(buf.data(), size, fmt.c_str(), &t);
    if (n > 0 || size >= 256 * fmt.size()) {
      buf.resize(n);
      return bytes_decode(buf, "utf-8", "surrogateescape");
    }
  }
}

// Days since 1970-01-01 of a proleptic Gregorian date (a civil-from-days inverse).
int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Value time_strptime(const Value* args, size_t nargs, KwNames* kw) {
  if (!no_keywords("strptime", kw) || !check_nargs("strptime", nargs, 1, 2)) return Value();
  Value fmtv = nargs > 1 ? args[1] : new_str("%a %b %d %H:%M:%S %Y");
  const Value checked[] = {args[0], fmtv};
  for (int i = 0; i < 2; i++)
    if (!is_str(checked[i]))
      return raise(&TypeErrorType, format("strptime() argument %d must be str, not <class '%s'>", i,
                                          type_name(checked[i]).c_str()));
  const std::string& data = as_str(args[0])->m_data;
  const std::string& fmt = as_str(fmtv)->m_data;
  struct tm t = {};
  t.tm_year = 0;  // 1900, CPython's default year
  t.tm_mday = 1;
  t.tm_isdst = -1;
  t.tm_gmtoff = LONG_MIN;
  const char* end = ::strptime(data.c_str(), fmt.c_str(), &t);
  if (!end) {
    Value dr = repr(args[0]), fr = repr(fmtv);
    if (dr.is_null() || fr.is_null()) return Value();
    return raise(&ValueErrorType, format("time data %s does not match format %s", as_str(dr)->m_data.c_str(),
                                         as_str(fr)->m_data.c_str()));
  }
  if (*end) return raise(&ValueErrorType, format("unconverted data remains: %s", end));
  // The weekday and day of the year follow from the date, as _strptime computes them.
  int64_t days = days_from_civil(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
  int64_t jan1 = days_from_civil(t.tm_year + 1900, 1, 1);
  int64_t wday = ((days % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday (3, Monday first)
  bool has_offset = t.tm_gmtoff != LONG_MIN;
  return new_struct_seq(&StructTimeType,
                        {Value::integer(int64_t(t.tm_year) + 1900), Value::integer(t.tm_mon + 1),
                         Value::integer(t.tm_mday), Value::integer(t.tm_hour), Value::integer(t.tm_min),
                         Value::integer(t.tm_sec), Value::integer(wday), Value::integer(days - jan1 + 1),
                         Value::integer(t.tm_isdst), Value::none(),
                         has_offset ? Value::integer(t.tm_gmtoff) : Value::none()});
}

// timezone, altzone, daylight and tzname from January's and July's local time, as
// CPython's init_timezone (the southern hemisphere has its summer in January).
void add_timezone(ModuleObject* m) {
  time_t now = ::time(nullptr);
  struct tm t;
  ::localtime_r(&now, &t);
  int year = t.tm_year;
  struct tm jan = {}, jul = {};
  jan.tm_year = jul.tm_year = year;
  jan.tm_mday = jul.tm_mday = 1;
  jul.tm_mon = 6;
  jan.tm_isdst = jul.tm_isdst = -1;
  time_t tjan = ::mktime(&jan), tjul = ::mktime(&jul);
  ::localtime_r(&tjan, &jan);
  ::localtime_r(&tjul, &jul);
  long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
  std::string janname = jan.tm_zone ? jan.tm_zone : "", julname = jul.tm_zone ? jul.tm_zone : "";
  bool reversed = janzone < julzone;
  module_add(m, "timezone", Value::integer(reversed ? julzone : janzone));
  module_add(m, "altzone", Value::integer(reversed ? janzone : julzone));
  module_add(m, "daylight", Value::integer(janzone != julzone));
  module_add(m, "tzname", reversed ? new_tuple({new_str(julname), new_str(janname)})
                                   : new_tuple({new_str(janname), new_str(julname)}));
}

// tzset(): rereads TZ, and sets the time module's zone constants again.
Value time_tzset(const Value*, size_t nargs, KwNames* kw) {
  if (!no_keywords("tzset", kw) || !check_nargs("tzset", nargs, 0, 0)) return Value();
  ::tzset();
  Value modules = importer().sys_get(intern("modules"));
  if (modules.is_null()) return error_pending() ? modules : Value::none();
  Value m = is_dict(modules) ? dict_get_str(as_dict(modules), intern("time")) : Value();
  if (!m.is_null() && is_module(m)) add_timezone(m.as<ModuleObject>());
  return error_pending() ? Value() : Value::none();
}

void ready_time_types() {
  ready_struct_seq_type(&StructTimeType, "time", "struct_time",
                        {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                         "tm_isdst", "tm_zone", "tm_gmtoff"},
                        9);
}

}  // namespace

void add_time_calendar_functions(ModuleObject* m) {
  static std::once_flag once;
  ready_builtin_types(once, ready_time_types);
  ::tzset();
  module_add_functions(m, {{"localtime", time_localtime},
                           {"gmtime", time_gmtime},
                           {"mktime", time_mktime},
                           {"asctime", time_asctime},
                           {"ctime", time_ctime},
                           {"strftime", time_strftime},
                           {"strptime", time_strptime},
                           {"tzset", time_tzset}});
  module_add(m, "struct_time", Value::borrow(&StructTimeType));
  add_timezone(m);
}

}  // namespace hotpy

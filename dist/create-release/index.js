import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ hashFilesFirst),
/* harmony export */   HM: () => (/* binding */ hasUploaded),
/* harmony export */   Om: () => (/* binding */ resolveAssetFiles),
/* harmony export */   _D: () => (/* binding */ hashAssetFiles),
/* harmony export */   jX: () => (/* binding */ notARegularFile),
/* harmony export */   pU: () => (/* binding */ hashAssetFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3540);
/* harmony import */ var _shared_src_action_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8402);
/* harmony import */ var _shared_src_github_assets_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(554);
/**
 * The asset files: globs and paths resolved in the workspace, each checked before anything is written
 * (a pattern matching nothing, a path leading out of the workspace, anything but a regular file, an
 * unreadable file, a file over GitHub's 2 GiB, two files GitHub would give one name, more files than
 * a release can hold). A file's sha256 is read from disk beforehand only where it decides something
 * before the upload (hashFilesFirst); otherwise the upload hashes the bytes as it sends them, and the
 * file is read once.
 */






const hasMagic = (pattern) => /[*?[\]{}]/.test(pattern);
/**
 * What a path is when it is not a regular file (`a named pipe (FIFO)`), from stat alone: a FIFO must
 * never be opened (the open waits for a writer forever) and a device never ends.
 */
function notARegularFile(info) {
    if (info.isFile())
        return undefined;
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** The folder a glob starts from: its path up to the first segment with a wildcard. */
function globBase(pattern) {
    const segments = pattern.split('/');
    const first = segments.findIndex(hasMagic);
    return segments.slice(0, first).join('/') || (pattern.startsWith('/') ? '/' : '.');
}
async function matchesOf(pattern, workspace, roots) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace, pattern);
    // Where the path (or the folder a glob starts from) really leads, before anything is read there.
    (0,_shared_src_action_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInputPath */ .qL)('files', hasMagic(pattern) ? globBase(pattern) : pattern, roots);
    if (!hasMagic(pattern)) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute).catch(() => undefined);
        if (!info)
            return [];
        if (info.isDirectory())
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', pattern, 'files, not a directory (use dir/* for its files)');
        return [absolute];
    }
    // Loaded here, for a pattern with a wildcard only: @actions/glob imports @actions/core, whose OIDC
    // client loads @actions/http-client and a bundled undici (~30 ms at start). A literal path is a stat.
    const { create } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(961)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5961));
    const globber = await create(absolute, { matchDirectories: false, implicitDescendants: false });
    return (await globber.glob()).sort();
}
/** A path as the user would write it: relative to the workspace when it lies there (links not followed). */
function shown(path, workspace) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, path);
    return rel === '' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`) || rel === '..' || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel) ? path : rel;
}
/** The files the patterns name, checked (not yet hashed); InputError for anything that cannot be uploaded. */
async function resolveAssetFiles(patterns, options) {
    const paths = [];
    for (const pattern of patterns) {
        const found = await matchesOf(pattern, options.workspace, options.roots);
        if (found.length === 0) {
            if (options.failOnUnmatched) {
                throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', pattern, 'a path or glob matching at least one file (fail-on-unmatched-files is true)');
            }
            options.log.warning(`files: ${pattern} matches no file; going on (fail-on-unmatched-files is false)`);
        }
        for (const path of found)
            if (!paths.includes(path))
                paths.push(path);
    }
    // Counted before anything is read: a glob matching 1,200 files is refused at once.
    const room = _shared_src_github_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_ASSETS_PER_RELEASE */ .RM - (options.reserved ? 1 : 0);
    if (paths.length > room) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', `<${paths.length} files>`, `at most ${room} files: GitHub holds at most ${_shared_src_github_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_ASSETS_PER_RELEASE */ .RM} assets in a release${options.reserved ? `, ${options.reserved} included` : ''}`);
    }
    const byName = new Map();
    const assets = [];
    for (const path of paths) {
        // Every match where it really leads: `../x`, `/etc/passwd`, a link or a linked folder out of the
        // workspace is refused unless allow-outside-workspace lists its folder.
        (0,_shared_src_action_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveInputPath */ .qL)('files', shown(path, options.workspace), options.roots);
        // stat, not open: a FIFO must never be opened (the open waits for a writer forever).
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
        const odd = notARegularFile(info);
        if (odd)
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', path, `regular files (this is ${odd})`);
        if (info.size >= _shared_src_github_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_ASSET_BYTES */ .IC) {
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', path, `files under 2 GiB, GitHub's limit for one asset (this one is ${info.size} bytes)`);
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
        }
        catch {
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', path, 'files this job can read (permission denied)');
        }
        await readFirstByte(path);
        const name = (0,_shared_src_github_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .githubAssetName */ .DZ)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path));
        const other = byName.get(name);
        if (other !== undefined) {
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', path, `files with distinct asset names (${other} is also uploaded as ${name})`);
        }
        if (name === options.reserved) {
            throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', path, `no file named ${name}: that name is the generated checksums file (see checksums)`);
        }
        if (name !== (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path))
            options.log.warning(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)} is uploaded as ${name} (GitHub's naming rules)`);
        byName.set(name, path);
        assets.push({ path, name, size: info.size, sha256: '' });
    }
    return assets;
}
/**
 * Read a file's first byte: a file that opens but cannot be read (`/proc/self/mem`, a file on a
 * broken mount) is refused before the first write, now that its content is first read whole while
 * it is uploaded, after the draft is made.
 */
async function readFirstByte(path) {
    try {
        const handle = await (0,_shared_src_github_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .openRegularFile */ .ZU)(path);
        try {
            await handle.read(Buffer.alloc(1), 0, 1, 0);
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', path, `a readable file (${error.message})`);
    }
}
/** Fill in a file's sha256, streamed from disk. */
async function hashAssetFile(asset) {
    try {
        asset.sha256 = await (0,_shared_src_github_assets_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(asset.path);
    }
    catch (error) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('files', asset.path, `a readable file (${error.message})`);
    }
}
/** Fill in each file's sha256, streamed from disk. */
async function hashAssetFiles(assets) {
    for (const asset of assets)
        await hashAssetFile(asset);
    return assets;
}
/** True when `assets` hold an uploaded asset of that name: a file of that name is kept if it matches. */
function hasUploaded(assets, name) {
    return assets.some((a) => a.name === name && a.state === 'uploaded');
}
/**
 * The files whose sha256 must be known before anything is uploaded: those with an uploaded asset of
 * their name in one of `releases` (a rerun keeps an asset whose digest matches, and a release that
 * holds every file with the same digest is already done), or all of them for a dry run, whose plan
 * shows each digest. The others are hashed as they are sent: a release of new files reads each once.
 */
function hashFilesFirst(files, releases, dryRun) {
    if (dryRun)
        return files;
    return files.filter((file) => releases.some((release) => release && hasUploaded(release.assets, file.name)));
}


/***/ }),

/***/ 9426:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3540);
/* harmony import */ var _shared_src_github_client_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3165);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6827);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6072);




await (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async ({ log, summary }) => {
    const context = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)();
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getInputs */ .GP)(context);
    // Every API call is bounded (a minute per attempt, then retried): a hung connection must not hold
    // the job until the runner's own timeout. Uploads have their own idle timeout.
    const github = (0,_shared_src_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .L)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log,
        requestTimeoutMs: 60_000,
    });
    // Across repositories, builds are compared in the workflow's own repository, read with
    // source-token (GITHUB_TOKEN by default): the token for the target need not see the sources.
    const sourceToken = inputs.sourceToken;
    const sourceGithub = inputs.repository && sourceToken !== undefined && sourceToken !== inputs.token
        ? (0,_shared_src_github_client_js__WEBPACK_IMPORTED_MODULE_1__/* .createGitHubClient */ .L)({ token: sourceToken, apiUrl: context.apiUrl, log, requestTimeoutMs: 60_000 })
        : undefined;
    (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)(inputs, {
        log,
        summary,
        context,
        github,
        ...(sourceGithub ? { sourceGithub } : {}),
        // The release's outputs stand even if a delete after it fails.
        emit: _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0,
    }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  GP: () => (/* binding */ getInputs)
});

// UNUSED EXPORTS: NO_RELEASE, RELEASE_BODY_LIMIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./build/js/shared/src/action/index.js + 6 modules
var action = __nccwpck_require__(3540);
// EXTERNAL MODULE: ./build/js/shared/src/action/paths.js
var paths = __nccwpck_require__(8402);
// EXTERNAL MODULE: ./build/js/shared/src/github/assets.js
var assets = __nccwpck_require__(554);
// EXTERNAL MODULE: ./build/js/actions/create-release/src/tag.js
var src_tag = __nccwpck_require__(3954);
;// CONCATENATED MODULE: ./build/js/actions/create-release/src/cleanup-inputs.js
/**
 * The inputs of the cleanup (prune, delete) and of the target repository, checked before anything is
 * written: a bad pattern, duration or tag is an InputError and nothing is deleted.
 */


const PATTERN_HELP = 'tag globs, one per line or comma-separated, where * (the only wildcard) matches any run of characters, such as *-daily or v0.*-beta-demo-*';
/** One prune pattern: a glob with at least one literal character, not a regular expression. */
function prunePattern(pattern) {
    if (/^\*+$/.test(pattern)) {
        throw new action/* InputError */.dz('prune', pattern, `${PATTERN_HELP}; a pattern of * alone would match every release (name the tags, such as v*)`);
    }
    // A tag named `refs/tags/x` would be `refs/tags/refs/tags/x`: a pattern written as a ref matches no
    // tag anyone has, and a prune that silently deletes nothing hides the mistake.
    if (/^refs\//.test(pattern)) {
        throw new action/* InputError */.dz('prune', pattern, `${PATTERN_HELP}: a tag name without refs/tags/ (*-daily, not refs/tags/*-daily)`);
    }
    // Legal in a tag, but here a sign of a regular expression (`^v0\.\d+-daily$`), which would match nothing.
    if (/[\^$()|{}\\]/.test(pattern)) {
        throw new action/* InputError */.dz('prune', pattern, `${PATTERN_HELP} (this looks like a regular expression)`);
    }
    if ((0,src_tag/* invalidRefName */.os)(pattern.replace(/\*/g, 'x'))) {
        throw new action/* InputError */.dz('prune', pattern, `${PATTERN_HELP} (this can match no tag git accepts)`);
    }
    return pattern;
}
const UNITS = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };
/** `30d`, `12h`, `2w`, `1w3d`, `90m` → milliseconds. */
function parseDuration(input, value) {
    const expected = 'a duration such as 30d, 12h, 2w or 1w3d (w weeks, d days, h hours, m minutes), more than zero';
    if (!/^(\d+[wdhm])+$/.test(value))
        throw new action/* InputError */.dz(input, value, expected);
    let ms = 0;
    for (const [, n, unit] of value.matchAll(/(\d+)([wdhm])/g))
        ms += Number(n) * UNITS[unit];
    if (!(ms > 0) || !Number.isSafeInteger(ms))
        throw new action/* InputError */.dz(input, value, expected);
    return ms;
}
/** `owner/name` of the repository to release into; undefined: the workflow's own. */
function readRepositoryInput() {
    const value = (0,action/* getOptionalInput */.lI)('repository');
    if (value === undefined)
        return undefined;
    const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9_.-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw new action/* InputError */.dz('repository', value, 'owner/name of a GitHub repository (kontainapp/km-releases)');
    }
    return { owner: match[1], repo: match[2] };
}
/** prune-*, delete, delete-tag and allow-delete-latest. */
function readCleanup() {
    const patterns = (0,action/* getListInput */.DF)('prune').map(prunePattern);
    const keepText = (0,action/* getOptionalInput */.lI)('prune-keep') ?? '1';
    if (!/^\d+$/.test(keepText) || !Number.isSafeInteger(Number(keepText))) {
        throw new action/* InputError */.dz('prune-keep', keepText, 'a whole number of releases to keep per pattern (0 or more)');
    }
    const olderThan = (0,action/* getOptionalInput */.lI)('prune-older-than');
    const olderThanMs = olderThan === undefined ? undefined : parseDuration('prune-older-than', olderThan);
    const deleteTags = (0,action/* getBooleanInput */.Vt)('prune-tags', false);
    const tag = (0,action/* getOptionalInput */.lI)('delete');
    if (tag !== undefined && /^refs\//.test(tag)) {
        throw new action/* InputError */.dz('delete', tag, 'the tag of the release to delete, without refs/tags/ (v0.10-beta-demo-nokia)');
    }
    if (tag !== undefined && (0,src_tag/* invalidRefName */.os)(tag)) {
        throw new action/* InputError */.dz('delete', tag, 'the tag of the release to delete (a tag name git accepts)');
    }
    const deleteTag = (0,action/* getBooleanInput */.Vt)('delete-tag', false);
    return {
        ...(patterns.length
            ? {
                prune: {
                    patterns,
                    keep: Number(keepText),
                    ...(olderThan !== undefined ? { olderThan, olderThanMs } : {}),
                    deleteTags,
                },
            }
            : {}),
        ...(tag !== undefined ? { deletion: { tag, deleteTag } } : {}),
        allowDeleteLatest: (0,action/* getBooleanInput */.Vt)('allow-delete-latest', false),
    };
}

// EXTERNAL MODULE: ./build/js/actions/create-release/src/lineage.js
var lineage = __nccwpck_require__(4295);
// EXTERNAL MODULE: ./build/js/actions/create-release/src/target.js + 1 modules
var src_target = __nccwpck_require__(8327);
// EXTERNAL MODULE: ./build/js/actions/create-release/src/files.js
var files = __nccwpck_require__(7709);
;// CONCATENATED MODULE: ./build/js/actions/create-release/src/inputs.js
/** action.yml inputs → one validated Inputs object (nothing is written before this passes). */









/** GitHub refuses a release description longer than this many characters. */
const RELEASE_BODY_LIMIT = 125_000;
function tagPattern(value) {
    if (value === undefined || value === 'semver')
        return 'semver';
    try {
        return new RegExp(value);
    }
    catch {
        throw new action/* InputError */.dz('tag-pattern', value, "'semver' or a valid regular expression");
    }
}
function readBody(roots, build) {
    const text = (0,action/* getOptionalInput */.lI)('body');
    const file = (0,action/* getOptionalInput */.lI)('body-file');
    if (text !== undefined && file !== undefined) {
        throw new action/* InputError */.dz('body-file', file, 'empty when body is given (give one of body and body-file)');
    }
    let body = text ?? '';
    if (file !== undefined) {
        const { path } = (0,paths/* resolveInputPath */.qL)('body-file', file, roots);
        // A FIFO would block the read forever, a device never end: only a regular file is opened.
        const info = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        const odd = info && (0,files/* notARegularFile */.jX)(info);
        if (odd)
            throw new action/* InputError */.dz('body-file', file, `a regular file (this is ${odd})`);
        try {
            body = (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch {
            throw new action/* InputError */.dz('body-file', file, 'the path of a readable file (relative to the workspace)');
        }
    }
    // GitHub counts the text it stores: line ends as \n.
    body = body.replace(/\r\n?/g, '\n');
    if (build)
        body = (0,lineage/* withBuild */.TK)(body, build.source, build.visible);
    const characters = [...body].length;
    if (characters > RELEASE_BODY_LIMIT) {
        throw new action/* InputError */.dz(file !== undefined ? 'body-file' : 'body', file ?? `<${characters} characters>`, `a release description of at most ${RELEASE_BODY_LIMIT} characters (GitHub's limit); this one has ${characters}`);
    }
    return body;
}
function getInputs(context) {
    const token = (0,action/* getRequiredInput */.K1)('token', { secret: true });
    const roots = (0,paths/* pathRoots */.DI)(context.workspace, context.runnerTemp, (0,action/* getMultilineInput */.q3)('allow-outside-workspace'));
    const repository = readRepositoryInput();
    const cross = repository !== undefined && !(0,src_target/* sameRepository */.RB)(repository, { owner: context.owner, repo: context.repo });
    const sourceToken = (0,action/* getOptionalInput */.lI)('source-token', { secret: true });
    const builtFrom = (0,action/* getBooleanInput */.Vt)('built-from', true);
    const cleanup = readCleanup();
    const dryRun = (0,action/* getBooleanInput */.Vt)('dry-run');
    const where = {
        ...(cross ? { repository, builtFrom, ...(sourceToken !== undefined ? { sourceToken } : {}) } : {}),
        cleanup,
        dryRun,
        workspace: context.workspace,
        runnerTemp: context.runnerTemp,
        roots,
    };
    if (!(0,action/* getBooleanInput */.Vt)('release', true)) {
        if (!cleanup.prune && !cleanup.deletion) {
            throw new action/* InputError */.dz('release', 'false', 'true, or prune or delete set (there is nothing else to do)');
        }
        for (const name of ['tag', 'files']) {
            const value = name === 'tag' ? (0,action/* getOptionalInput */.lI)('tag') : (0,action/* getMultilineInput */.q3)('files').join('\n');
            if (value)
                throw new action/* InputError */.dz(name, value, 'empty with release: false (no release is made)');
        }
        return { ...NO_RELEASE, token, ...where, noRelease: true };
    }
    const rollingGlobs = (0,action/* getListInput */.DF)('rolling-tags');
    const fallback = (0,action/* getOptionalInput */.lI)('fallback-tag');
    const policy = {
        pattern: tagPattern((0,action/* getOptionalInput */.lI)('tag-pattern')),
        rolling: rollingGlobs.length ? rollingGlobs : src_tag/* DEFAULT_ROLLING */.EH,
        ...(fallback !== undefined ? { fallback } : {}),
    };
    const resolved = (0,src_tag/* resolveTag */.fn)((0,action/* getOptionalInput */.lI)('tag'), context.ref, policy);
    if (!resolved) {
        throw new action/* InputError */.dz('tag', '', `a tag, a run on a tag or on a releases/<tag>/<topic> branch, or a fallback-tag (this run's ref is '${context.ref || 'unset'}')`);
    }
    const { tag } = resolved;
    const input = resolved.source === 'fallback' ? 'fallback-tag' : 'tag';
    if ((0,src_tag/* invalidRefName */.os)(tag))
        throw new action/* InputError */.dz(input, tag, 'a tag name git accepts');
    if (!(0,src_tag/* acceptable */.FI)(tag, policy)) {
        const wanted = policy.pattern === 'semver'
            ? 'SemVer with a v prefix (v1.2.3, v1.2.3-rc.1)'
            : `tag-pattern ${String(policy.pattern)}`;
        if (resolved.source === 'release branch') {
            throw new action/* InputError */.dz('tag', '', `a tag: the branch ${context.ref} names ${tag}, which neither follows ${wanted} nor is one of the rolling-tags (${policy.rolling.join(', ')}); rename the branch or set tag`);
        }
        throw new action/* InputError */.dz(input, tag, `a tag following ${wanted}, or one of the rolling-tags (${policy.rolling.join(', ')})`);
    }
    const prereleaseInput = (0,action/* getEnumInput */.iv)('prerelease', ['auto', 'true', 'false'], 'auto');
    const checksums = (0,action/* getOptionalInput */.lI)('checksums') ?? 'SHA256SUMS';
    if (checksums !== 'none' && (0,assets/* githubAssetName */.DZ)(checksums) !== checksums) {
        throw new action/* InputError */.dz('checksums', checksums, "an asset name of letters, digits and . _ + - (or 'none')");
    }
    const rolling = (0,src_tag/* isRolling */.m$)(tag, policy.rolling);
    const publish = (0,action/* getBooleanInput */.Vt)('publish', true);
    if (rolling && !publish) {
        throw new action/* InputError */.dz('publish', 'false', `true for the rolling tag ${tag} (replacing its release means publishing)`);
    }
    const targetInput = (0,action/* getOptionalInput */.lI)('target-commitish');
    // In another repository GITHUB_SHA does not exist: the target is found there (run.ts).
    const target = targetInput ?? (cross ? '' : context.sha);
    if (target === '' && !cross)
        throw new action/* InputError */.dz('target-commitish', '', 'a commit or branch (GITHUB_SHA is not set)');
    if (cleanup.deletion?.tag === tag) {
        throw new action/* InputError */.dz('delete', tag, `a tag other than ${tag}, the one this run releases`);
    }
    const source = { repository: context.repository, sha: context.sha, serverUrl: context.serverUrl };
    return {
        token,
        tag,
        tagSource: resolved.source,
        rolling,
        target,
        targetGiven: targetInput !== undefined,
        // The run's own ref names a tag of the workflow's repository, not of another one.
        ranOnTag: !cross && context.ref === `refs/tags/${tag}`,
        tagIsRunRef: !cross && context.ref === `refs/tags/${tag}` && target === context.sha && !rolling,
        title: (0,src_tag/* releaseTitle */.KU)((0,action/* getOptionalInput */.lI)('name') ?? '{tag}', tag),
        body: readBody(roots, cross ? { source, visible: builtFrom } : undefined),
        prerelease: prereleaseInput === 'auto' ? (0,src_tag/* looksLikePrerelease */.su)(tag) : prereleaseInput === 'true',
        makeLatest: (0,action/* getEnumInput */.iv)('make-latest', ['true', 'false', 'legacy'], 'true'),
        files: (0,action/* getMultilineInput */.q3)('files'),
        failOnUnmatched: (0,action/* getBooleanInput */.Vt)('fail-on-unmatched-files', true),
        ...(checksums !== 'none' ? { checksums } : {}),
        publish,
        ...where,
    };
}
/** The release fields of a run that makes no release (release: false: only prune and delete). */
const NO_RELEASE = {
    tag: '',
    tagSource: 'input',
    rolling: false,
    target: '',
    targetGiven: false,
    ranOnTag: false,
    tagIsRunRef: false,
    title: '',
    body: '',
    prerelease: false,
    makeLatest: 'true',
    files: [],
    failOnUnmatched: true,
    publish: false,
};


/***/ }),

/***/ 4295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ol: () => (/* binding */ repositoryLineage),
/* harmony export */   TK: () => (/* binding */ withBuild),
/* harmony export */   Ws: () => (/* binding */ crossRepositoryLineage),
/* harmony export */   Z1: () => (/* binding */ recordedBuild)
/* harmony export */ });
/* unused harmony exports buildKey, builtFromLine, ANCESTOR_WINDOW */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var _shared_src_github_releases_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8693);
/**
 * Which build a release holds, and how it relates to this run's. In one repository a release's
 * commit is its tag's target, so both questions are about `target_commitish`. Released into another
 * repository (KM's private sources into the public km-releases), every release there sits at that
 * repository's default-branch head: the commit that built it lives in the source repository and is
 * written into the release body (`Built from <owner>/<repo>@<sha>`, or when that line is turned off an
 * opaque build marker), so reruns find their own draft and an older build never replaces a newer one.
 *
 * The visible line names the commit: GitHub's compare in the source repository orders two builds. The
 * opaque marker names nothing, so it is placed through this run's own history instead: a marker equal
 * to the key of one of the last ANCESTOR_WINDOW commits before this run's is an older build; any other
 * (a newer build, a diverged one, one older than the window, or a history source-token cannot read)
 * cannot be placed and counts as newer: its release is not replaced and its draft is not deleted.
 */


const LINE = /Built from \[([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)@([0-9a-f]{40})\]/g;
const MARKER = /<!-- release-actions build ([0-9a-f]{24}) -->/g;
/** An opaque key of a build: it names nothing, yet tells two builds apart. */
function buildKey(repository, sha) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${repository.toLowerCase()}@${sha.toLowerCase()}`)
        .digest('hex')
        .slice(0, 24);
}
/** The line a reader traces the binaries by, with a link to the commit. */
function builtFromLine(source) {
    return `Built from [${source.repository}@${source.sha}](${source.serverUrl}/${source.repository}/commit/${source.sha})`;
}
/**
 * The body with the build recorded: the `Built from` line (visible), or with `visible: false` an HTML
 * comment holding only the opaque key (the source repository's name stays private).
 */
function withBuild(body, source, visible) {
    const mark = visible
        ? builtFromLine(source)
        : `<!-- release-actions build ${buildKey(source.repository, source.sha)} -->`;
    return body.trim() === '' ? mark : `${body.replace(/\s+$/, '')}\n\n${mark}`;
}
/** The build a release body records (the last one, if a person pasted others above), or undefined. */
function recordedBuild(body) {
    const text = body ?? '';
    const line = [...text.matchAll(LINE)].at(-1);
    if (line) {
        const [, repository, sha] = line;
        return { key: buildKey(repository, sha), repository, sha };
    }
    const marker = [...text.matchAll(MARKER)].at(-1);
    return marker ? { key: marker[1] } : undefined;
}
/** Commits of this run's history an opaque marker is looked for among (100 a page). */
const ANCESTOR_WINDOW = 1000;
/** Releases in the workflow's own repository: a release's commit is its target (as ever). */
function repositoryLineage(github, repo, targetSha) {
    const memo = new Map();
    const relation = (base) => {
        if (base === targetSha)
            return Promise.resolve('identical');
        let known = memo.get(base);
        if (!known)
            memo.set(base, (known = (0,_shared_src_github_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCommits */ .kC)(github, repo, base, targetSha)));
        return known;
    };
    return {
        crossRepository: false,
        same: (release) => release.target_commitish === targetSha,
        relation: (_release, base) => relation(base),
        place: async (_release, base) => ({ relation: await relation(base) }),
    };
}
/** Releases in another repository: builds are compared in the source repository. */
function crossRepositoryLineage(options) {
    const { source, log } = options;
    const mine = buildKey(source.repository, source.sha);
    const [owner = '', name = ''] = source.repository.split('/');
    const sourceRepo = { owner, repo: name };
    const inTarget = repositoryLineage(options.github, options.repo, options.targetSha);
    const memo = new Map();
    const compareSource = async (theirs) => {
        try {
            const { data } = await options.sourceGithub.rest.repos.compareCommitsWithBasehead({
                ...sourceRepo,
                basehead: `${theirs}...${source.sha}`,
                per_page: 1,
            });
            return { relation: data.status };
        }
        catch (error) {
            const { status, message } = error;
            if (status !== 404)
                throw error;
            if (/common ancestor/i.test(String(message)))
                return { relation: 'unrelated' };
            // The token cannot read the source (or the commit is gone): nothing tells which build is newer.
            log.warning(`Could not compare ${theirs} with ${source.sha} in ${source.repository} (GitHub answered 404): source-token must read ${source.repository} for an older build to be refused; this run's build counts as a newer one (a draft of that build is left alone)`);
            return {
                relation: 'diverged',
                unplaced: `source-token could not compare ${theirs} with ${source.sha} in ${source.repository}`,
            };
        }
    };
    const ancestry = ancestorKeys(options.sourceGithub, sourceRepo, source);
    const placeMarker = async (key) => {
        const found = await ancestry.find(key);
        if (found === true)
            return { relation: 'ahead' };
        // Not among this run's ancestors: a newer build, a diverged one, or one too old to find. The
        // safe reading is "newer": nothing of it is replaced or deleted by this run.
        return { relation: 'behind', unplaced: found === false ? ancestry.notFound() : found };
    };
    const place = (release, base) => {
        const theirs = recordedBuild(release.body);
        if (theirs?.key === mine)
            return Promise.resolve({ relation: 'identical' });
        if (theirs && !theirs.sha) {
            let known = memo.get(theirs.key);
            if (!known)
                memo.set(theirs.key, (known = placeMarker(theirs.key)));
            return known;
        }
        const sameSource = theirs?.repository?.toLowerCase() === source.repository.toLowerCase();
        if (!theirs?.sha || !sameSource)
            return inTarget.place(release, base);
        let known = memo.get(theirs.sha);
        if (!known)
            memo.set(theirs.sha, (known = compareSource(theirs.sha)));
        return known;
    };
    return {
        crossRepository: true,
        same: (release) => recordedBuild(release.body)?.key === mine,
        relation: async (release, base) => (await place(release, base)).relation,
        place,
    };
}
/**
 * The build keys of this run's ancestors, read lazily (100 commits a page, up to ANCESTOR_WINDOW)
 * until a key asked for turns up. `find` answers true (an ancestor's), false (not in the window), or
 * why the history could not be read.
 */
function ancestorKeys(github, repo, source) {
    const keys = new Set();
    let pages = 0;
    let read = 0;
    let complete = false;
    let failed;
    let queue = Promise.resolve();
    const PAGE = 100;
    const more = async () => {
        try {
            const { data } = await github.rest.repos.listCommits({
                ...repo,
                sha: source.sha,
                per_page: PAGE,
                page: ++pages,
            });
            for (const commit of data)
                keys.add(buildKey(source.repository, commit.sha));
            read += data.length;
            if (data.length < PAGE || pages * PAGE >= ANCESTOR_WINDOW)
                complete = true;
        }
        catch (error) {
            const status = error.status;
            if (typeof status !== 'number' || status >= 500 || status === 429)
                throw error;
            failed = `source-token could not read the history of ${source.repository} (GitHub answered ${status})`;
        }
    };
    const find = async (key) => {
        while (!keys.has(key) && !complete && failed === undefined)
            await more();
        if (keys.has(key))
            return true;
        return failed ?? false;
    };
    return {
        find(key) {
            // One page at a time, whoever asks.
            const answer = queue.then(() => find(key));
            queue = answer.catch(() => undefined);
            return answer;
        },
        notFound: () => `its build marker (built-from: false) is none of the last ${read} commits of ${source.repository} up to ${source.sha}`,
    };
}


/***/ }),

/***/ 6072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/js/shared/src/action/index.js + 6 modules
var action = __nccwpck_require__(3540);
;// CONCATENATED MODULE: ./build/js/shared/src/github/changes.js
/** The search API answers at most this many results for one query. */
const SEARCH_RESULT_CAP = 1000;
class SearchCapExceeded extends (/* unused pure expression or super */ null && (Error)) {
    name = 'SearchCapExceeded';
}
/** GitHub's search timed out and said so (`incomplete_results: true`) twice in a row. */
class SearchIncomplete extends (/* unused pure expression or super */ null && (Error)) {
    name = 'SearchIncomplete';
}
/** Every tag name of the repository: one call (further pages only if GitHub ever sends a `Link`). */
async function listTagNames(client, { owner, repo }) {
    const refs = await client.paginate(client.rest.git.listMatchingRefs, { owner, repo, ref: 'tags/' });
    return refs.map((ref) => ref.ref.replace(/^refs\/tags\//, ''));
}
/** The committer date of the commit a ref (tag, branch or sha) names. */
async function commitDate(client, { owner, repo }, ref) {
    const { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
    const date = data.commit.committer?.date ?? data.commit.author?.date;
    if (!date)
        throw new Error(`commit ${data.sha} (${ref}) has no committer date`);
    return date;
}
/** Seconds-precision ISO time, as the search syntax takes it. */
function searchTime(iso, plusSeconds = 0) {
    return new Date(Date.parse(iso) + plusSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * Merged pull requests and closed issues closed after `since` (exclusive) up to `until` (inclusive).
 * Pull requests closed without merging are left out, as github-changelog-generator does.
 */
async function listClosedChanges(client, { owner, repo }, range) {
    const window = range.since
        ? `closed:${searchTime(range.since, 1)}..${searchTime(range.until)}`
        : `closed:<=${searchTime(range.until)}`;
    const q = `repo:${owner}/${repo} is:closed ${window}`;
    const changes = [];
    // Paged by hand rather than with octokit's paginate: its list normalisation takes the first
    // unknown key as the item list, and search answers now carry `search_type` beside `items`.
    const fetchPage = async (page) => (await client.rest.search.issuesAndPullRequests({
        q,
        sort: 'created',
        order: 'asc',
        per_page: 100,
        page,
    })).data;
    for (let page = 1;; page++) {
        let data = await fetchPage(page);
        // A search that timed out answers what it found so far; notes missing items are worse than none.
        if (data.incomplete_results)
            data = await fetchPage(page);
        if (data.incomplete_results) {
            throw new SearchIncomplete(`GitHub's search answered incomplete results twice for page ${page} of ${q}`);
        }
        if (data.total_count > SEARCH_RESULT_CAP) {
            throw new SearchCapExceeded(`${data.total_count} issues and pull requests closed in ${window}; GitHub's search answers at most ${SEARCH_RESULT_CAP} for one query`);
        }
        for (const item of data.items) {
            const merged = item.pull_request?.merged_at;
            if (item.pull_request && !merged)
                continue;
            changes.push({
                kind: item.pull_request ? 'pull' : 'issue',
                number: item.number,
                title: item.title,
                url: item.html_url,
                author: item.user?.login ?? 'ghost',
                authorUrl: item.user?.html_url ?? '',
                labels: item.labels.map((label) => label.name ?? '').filter(Boolean),
                closedAt: merged ?? item.closed_at ?? '',
            });
        }
        if (data.items.length < 100 || page * 100 >= data.total_count)
            break;
    }
    return changes;
}

// EXTERNAL MODULE: ./build/js/shared/src/github/releases.js
var github_releases = __nccwpck_require__(8693);
;// CONCATENATED MODULE: ./build/js/shared/src/github/release-index.js


const PAGE = 100;
/** GitHub's cap on the release listing; pages past it are tried once (not retried: 500 is the cap's answer). */
const RELEASE_LISTING_CAP = 1000;
function statusOf(error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}
/** GitHub's refusal of a listing page past the cap (on a page after the first). */
function isCap(error, page) {
    const status = statusOf(error);
    if (page === 1)
        return false;
    if (status === 422)
        return /only the first \d+ results/i.test(error.message);
    return status === 500 && (page - 1) * PAGE >= RELEASE_LISTING_CAP;
}
/**
 * Every release, and with `wanted` (tag → worth reading) every release the listing cannot reach whose
 * tag is wanted. Without `wanted`, releases past the cap are not read (`capped` says so).
 */
async function listEveryRelease(client, { owner, repo }, wanted) {
    const releases = [];
    const index = { releases, listingCalls: 0, unread: [], unreadTags: [] };
    let refused;
    const seen = new Set();
    for (let page = 1;; page++) {
        index.listingCalls++;
        const pastCap = (page - 1) * PAGE >= RELEASE_LISTING_CAP;
        let response;
        try {
            response = await client.rest.repos.listReleases({
                owner,
                repo,
                per_page: PAGE,
                page,
                ...(pastCap ? { request: { retries: 0 } } : {}),
            });
        }
        catch (error) {
            if (!isCap(error, page))
                throw error;
            refused = statusOf(error);
            break;
        }
        // Pages are read at different moments: a release published meanwhile pushes the last of a page
        // onto the next one, read twice then. Each release counts once (a caller ranking releases would
        // otherwise rank one twice and let a newer one go).
        for (const release of response.data) {
            if (seen.has(release.id))
                continue;
            seen.add(release.id);
            releases.push(release);
        }
        if (!/\brel="next"/.test(response.headers.link ?? ''))
            break;
    }
    if (refused === undefined)
        return index;
    const capped = { listed: releases.length, status: refused, tagsRead: 0, found: 0 };
    index.capped = capped;
    if (!wanted)
        return index;
    let tags;
    try {
        tags = await listTagNames(client, { owner, repo });
    }
    catch (error) {
        index.unread.push(`the tags (${error.message}), so no release past the first ${releases.length}`);
        return index;
    }
    index.tags = tags;
    const reached = new Set(releases.map((r) => r.tag_name));
    for (const tag of tags) {
        if (reached.has(tag) || !wanted(tag))
            continue;
        capped.tagsRead++;
        try {
            const release = await (0,github_releases/* getReleaseByTag */.h5)(client, { owner, repo }, tag);
            if (!release || seen.has(release.id))
                continue;
            seen.add(release.id);
            capped.found++;
            releases.push(release);
        }
        catch (error) {
            index.unread.push(`the release of ${tag} (${error.message})`);
            index.unreadTags.push(tag);
        }
    }
    return index;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
// EXTERNAL MODULE: ./build/js/actions/create-release/src/tag.js
var tag = __nccwpck_require__(3954);
;// CONCATENATED MODULE: ./build/js/actions/create-release/src/prune.js
/**
 * Which stale releases go (seed 000's TODO: "a mechanism to clean up stale releases"): releases whose
 * tags match a pattern (`*-daily`, `v0.*-beta-demo-*`), beyond the newest N of that pattern and/or
 * published longer ago than a duration. Pure: the plan is a function of the releases read, so the
 * table tests in test/unit/create-release-prune.test.ts cover every verdict and its reason.
 *
 * "Newest" is by version, then by publish date: KM's rolling `v0.9-daily` is re-released whenever its
 * branch moves, so by date an old minor's daily can look newer than `v0.10-daily`; by version the
 * highest minors stay, which is what "stale" means there. Tags of one version (`v0.10-beta-demo-nokia`,
 * `v0.10-beta-demo-acme`) are ordered by date; tags with no version number after those with one.
 */


const VERSION = /^v?(\d+(?:\.\d+)*)/i;
function numbers(tag) {
    const match = VERSION.exec(tag);
    return match ? match[1].split('.').map(Number) : undefined;
}
const publishedAt = (r) => Date.parse(r.published_at ?? r.created_at ?? '') || 0;
/** Newest first: by version numbers, then SemVer precedence (prereleases), then publish date, then id. */
function newestFirst(a, b) {
    const na = numbers(a.tag_name);
    const nb = numbers(b.tag_name);
    if (na && !nb)
        return -1;
    if (!na && nb)
        return 1;
    if (na && nb) {
        for (let i = 0; i < Math.max(na.length, nb.length); i++) {
            const d = (nb[i] ?? 0) - (na[i] ?? 0);
            if (d !== 0)
                return d;
        }
        const sa = semver.valid(a.tag_name.replace(/^v/i, ''));
        const sb = semver.valid(b.tag_name.replace(/^v/i, ''));
        if (sa && sb) {
            const d = semver.rcompare(sa, sb);
            if (d !== 0)
                return d;
        }
    }
    return publishedAt(b) - publishedAt(a) || b.id - a.id;
}
/** `3 days` / `5 hours` / `12 minutes`: how long ago, for reasons. */
function ago(ms) {
    const units = [
        [86_400_000, 'day'],
        [3_600_000, 'hour'],
        [60_000, 'minute'],
    ];
    for (const [size, name] of units) {
        const n = Math.floor(ms / size);
        if (n >= 1)
            return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
    return 'less than a minute';
}
/** The verdict for every release a pattern matches, before protections (latest, this run's release). */
function planPrune(releases, options, now) {
    const matchers = options.patterns.map((p) => ({ pattern: p, regexp: (0,tag/* globToRegExp */.tL)(p) }));
    const groups = new Map(options.patterns.map((p) => [p, []]));
    let unmatched = 0;
    // Each release once, whatever the caller read: ranked twice, one release would take two places
    // among the newest N and push a newer one out.
    const distinct = new Map();
    for (const release of releases)
        if (!distinct.has(release.id))
            distinct.set(release.id, release);
    for (const release of distinct.values()) {
        const hit = matchers.find((m) => m.regexp.test(release.tag_name));
        if (hit)
            groups.get(hit.pattern).push(release);
        else
            unmatched++;
    }
    const entries = [];
    for (const [pattern, members] of groups) {
        const drafts = members.filter((r) => r.draft);
        const published = members.filter((r) => !r.draft).sort(newestFirst);
        published.forEach((release, index) => {
            const rank = index + 1;
            entries.push({ release, pattern, rank, ...judge(release, rank, pattern, options, now) });
        });
        for (const release of drafts) {
            entries.push({
                release,
                pattern,
                verdict: 'stays',
                reason: 'a draft: left alone (a run may be filling it; create-release reruns reuse or clear drafts)',
            });
        }
    }
    return { entries, unmatched };
}
function judge(release, rank, pattern, options, now) {
    const age = now - publishedAt(release);
    const newest = `#${rank} of ${pattern} by version`;
    if (rank <= options.keep) {
        return { verdict: 'stays', reason: `${newest}: among the newest ${options.keep} (prune-keep)` };
    }
    const beyond = `${newest}: beyond the newest ${options.keep}`;
    if (options.olderThanMs === undefined)
        return { verdict: 'goes', reason: beyond };
    if (age <= options.olderThanMs) {
        return {
            verdict: 'stays',
            reason: `${beyond}, but published ${ago(age)} ago: not older than ${options.olderThan ?? ''}`,
        };
    }
    return {
        verdict: 'goes',
        reason: `${beyond}, published ${ago(age)} ago (older than ${options.olderThan ?? ''})`,
    };
}
/**
 * With prune-tags, the matching tags no release holds: a tag left by a prune whose tag delete failed
 * (the rerun finishes it), or a stale one released never. Each is placed among its pattern's
 * published releases by version, and goes when at least prune-keep of them are newer; it never
 * pushes a release out of the newest N (tags are not ranked among themselves). It has no publish
 * date: with prune-older-than it stays, as nothing shows it old enough. `held`: the tags of every
 * release read, drafts included (a run may be filling one), and of releases that could not be read.
 */
function planTags(plan, tags, held, options) {
    const matchers = options.patterns.map((p) => ({ pattern: p, regexp: (0,tag/* globToRegExp */.tL)(p) }));
    const entries = [];
    for (const tag of new Set(tags)) {
        if (held.has(tag))
            continue;
        const hit = matchers.find((m) => m.regexp.test(tag));
        if (!hit)
            continue;
        const { pattern } = hit;
        const probe = { tag_name: tag, id: 0, published_at: null };
        const newer = plan.entries.filter((e) => e.pattern === pattern && e.rank !== undefined && newestFirst(e.release, probe) < 0).length;
        const place = `a tag without a release, after ${newer} of ${pattern} by version`;
        if (newer < options.keep) {
            entries.push({ tag, pattern, verdict: 'stays', reason: `${place}: among the newest ${options.keep}` });
        }
        else if (options.olderThanMs !== undefined) {
            entries.push({
                tag,
                pattern,
                verdict: 'stays',
                reason: `${place}, but with no publish date to hold against prune-older-than (delete: ${tag} with delete-tag: true deletes it)`,
            });
        }
        else {
            entries.push({ tag, pattern, verdict: 'goes', reason: `${place}: beyond the newest ${options.keep}` });
        }
    }
    return entries;
}
/**
 * Patterns that take (nearly) everything (`v*`, `*-*`): one literal character at most, or 90% of
 * at least 10 releases read. Not refused (a repository of dailies only is matched whole by
 * `*-daily`), but pointed out before anything goes.
 */
function broadPatterns(plan, options) {
    const total = plan.entries.length + plan.unmatched;
    const warnings = [];
    for (const pattern of options.patterns) {
        const takes = plan.entries.filter((e) => e.pattern === pattern).length;
        const literal = pattern.replace(/\*/g, '').length;
        if (literal > 1 && !(total >= 10 && takes >= 0.9 * total))
            continue;
        warnings.push(`The prune pattern ${pattern} is broad: it takes ${takes} of the ${total} releases read. Check the plan (dry-run: true shows it) and name the tags more closely (v0.*-daily rather than v*) unless that is meant.`);
    }
    return warnings;
}
/**
 * Apply what protects a release from deletion: an immutable release (GitHub keeps its tag and assets
 * locked forever and never lets the tag name be used again: deleting it would only lose the files),
 * the release this run published, the release GitHub marks latest (unless allowed).
 */
function protect(plan, protections) {
    const entries = plan.entries.map((entry) => {
        if (entry.verdict !== 'goes')
            return entry;
        const { release } = entry;
        const keep = (reason) => ({
            ...entry,
            verdict: 'protected',
            reason: `${entry.reason}; kept: ${reason}`,
        });
        if (release.id === protections.publishedId)
            return keep('this run just published it');
        if (release.immutable)
            return keep(IMMUTABLE_REASON);
        if (release.id === protections.latestId)
            return keep(LATEST_REASON);
        return entry;
    });
    return { ...plan, entries };
}
const IMMUTABLE_REASON = 'immutable, not deletable: GitHub keeps its tag and assets locked and never lets the tag name be released again, so deleting it would only lose its files and attestation';
const LATEST_REASON = 'GitHub shows it as the Latest release (set allow-delete-latest: true to delete it, or mark another release latest first)';
/** The releases that go. */
const goes = (plan) => plan.entries.filter((e) => e.verdict === 'goes').map((e) => e.release);
/** True when one that goes is a full (not pre-) release: only those can be GitHub's latest. */
const mayHoldLatest = (plan) => goes(plan).some((r) => !r.prerelease);

// EXTERNAL MODULE: ./build/js/actions/create-release/src/target.js + 1 modules
var target = __nccwpck_require__(8327);
;// CONCATENATED MODULE: ./build/js/actions/create-release/src/cleanup.js
/**
 * Deleting releases on purpose: `delete: <tag>` (KM: "a user needs to manually delete the release
 * and trigger this pipeline again" becomes a workflow_dispatch input) and `prune` (stale daily and
 * demo releases). Both read first and plan: what goes and what stays, with reasons, is in the job
 * summary before the first delete; a dry run stops there. A release is deleted by its id, so exactly
 * the one the plan names goes; a tag (only when asked: a tag is history) is deleted only after a read
 * shows no release holds it now (a rolling tag may have been released again meanwhile). One failure
 * does not stop the others; the run fails at the end naming what was left.
 */







/** A `delete` refused (latest, immutable, this run's release): its message says nothing of the step. */
class Refusal extends action/* UserError */.yo {
}
/**
 * Delete a release by id: a 404 means it is gone, unless a read shows it still there (a personal
 * access token that may not write is answered 404, and that must not pass for a deletion).
 */
async function deleteReleaseById(github, repo, release) {
    try {
        await github.rest.repos.deleteRelease({ ...repo, release_id: release.id });
    }
    catch (error) {
        if (!(0,github_releases/* isNotFound */.c4)(error))
            throw error;
        let still = true;
        try {
            await github.rest.repos.getRelease({ ...repo, release_id: release.id });
        }
        catch (read) {
            if (!(0,github_releases/* isNotFound */.c4)(read))
                throw read;
            still = false;
        }
        if (still)
            throw error;
    }
}
/**
 * Delete the tag unless a release holds it now (read just before). `held` names that release; the
 * tag is left then. `gone`: someone deleted it first.
 */
async function deleteFreeTag(github, repo, tag) {
    const holder = await (0,github_releases/* getReleaseByTag */.h5)(github, repo, tag);
    if (holder)
        return { deleted: false, held: holder };
    const outcome = await (0,github_releases/* deleteTag */._R)(github, repo, tag);
    return outcome === 'deleted' ? { deleted: true } : { deleted: false, gone: true };
}
/** A failure's one line: GitHub's answer, or the error's message. */
function why(error) {
    return (0,target/* refusedWrite */.yN)(error) ?? error.message;
}
/** Why a tag delete failed: GitHub's answer, with what refuses a tag when releases could be deleted. */
function whyTag(error) {
    const status = error.status;
    const answer = (0,target/* refusedWrite */.yN)(error) ?? `GitHub answered ${String(status)} ${error.message}`;
    if (status === 403 || status === 422)
        return `${answer}; a ruleset or tag protection may guard it`;
    return typeof status === 'number' ? answer : error.message;
}
/** A tag left by a release that was deleted: `held`, the release that holds it now, or why the delete failed. */
function tagLeft(tag, why, options = {}) {
    return {
        what: `the tag ${tag}`,
        why,
        // The rerun plans from releases and, with prune-tags, from tags without one too; but a tag has no
        // publish date, so a prune-older-than rerun leaves it alone: say what deletes it then.
        ...(options.olderThan !== undefined
            ? {
                next: `For the tag ${tag}: delete it with delete: ${tag} and delete-tag: true (a rerun with prune-older-than leaves a tag without a release alone).`,
            }
            : {}),
    };
}
/**
 * The failure when something was left (undefined when nothing was): naming each and what finishes
 * it. The token is blamed only when nothing could be deleted (a refused tag after deleted releases is
 * a ruleset, not the token).
 */
function leftFailure(deps, what, left, done) {
    if (left.length === 0)
        return undefined;
    const list = left.map((l) => `${l.what} (${l.why})`).join('; ');
    const summary = `${what}: ${done} done, ${left.length} left: ${list}.`;
    const refused = left.map((l) => l.why).find((w) => /^GitHub answered 40[34]/.test(w));
    const otherRepository = (0,target/* fullName */.fq)(deps.repo).toLowerCase() !== (0,target/* fullName */.fq)(deps.source).toLowerCase();
    if (refused && otherRepository && done === 0) {
        return (0,target/* tokenCannotWrite */.kz)(deps.repo, deps.source, refused, summary);
    }
    const rerun = left.filter((l) => l.next === undefined);
    const next = [];
    if (rerun.length === left.length)
        next.push('A rerun deletes what is left.');
    else if (rerun.length)
        next.push(`A rerun deletes ${rerun.map((l) => l.what).join(', ')}.`);
    for (const l of left)
        if (l.next && !next.includes(l.next))
            next.push(l.next);
    return new action/* UserError */.yo(`${summary} ${next.join(' ')}`);
}
/** `delete: <tag>`: that tag's release (refusing the latest or an immutable one), its tag if asked. */
async function deleteOne(deps, deletion) {
    const { github, repo, log, summary } = deps;
    const { tag } = deletion;
    const release = await (0,github_releases/* getReleaseByTag */.h5)(github, repo, tag);
    summary.heading(`Delete ${tag}${deps.dryRun ? ' (dry run)' : ''}`);
    const refuse = (reason) => {
        summary.paragraph(reason);
        return { outputs: { deleted: '' }, changed: [], failure: new Refusal(reason) };
    };
    if (release?.immutable) {
        return refuse(`Not deleting the release of ${tag} (${release.html_url}): it is ${IMMUTABLE_REASON}.`);
    }
    if (release && !release.prerelease && !deps.allowDeleteLatest) {
        if ((await (0,github_releases/* latestReleaseId */.Y2)(github, repo)) === release.id) {
            return refuse(`Not deleting the release of ${tag} (${release.html_url}): ${LATEST_REASON}.`);
        }
    }
    if (release && release.id === deps.publishedId) {
        return refuse(`Not deleting the release of ${tag}: this run just published it.`);
    }
    const plan = [
        release ? `delete release ${release.id} (${release.html_url})` : `no published release holds ${tag}`,
        deletion.deleteTag ? `delete the tag ${tag} unless a release holds it by then` : `the tag ${tag} stays`,
    ];
    summary.paragraph(plan.map((line) => `- ${line}`).join('\n'));
    for (const line of plan)
        log.info(`${deps.dryRun ? 'Would ' : ''}${line}`);
    if (deps.dryRun)
        return { outputs: { deleted: '' }, changed: [] };
    const left = [];
    const changed = [];
    if (release) {
        try {
            await deleteReleaseById(github, repo, release);
            log.info(`Deleted release ${release.id} of ${tag}`);
            changed.push(`deleted release ${release.id} of ${tag}`);
        }
        catch (error) {
            left.push({ what: `release ${release.id} of ${tag}`, why: why(error) });
        }
    }
    let tagDeleted = false;
    if (deletion.deleteTag && left.length === 0) {
        try {
            const outcome = await deleteFreeTag(github, repo, tag);
            if (outcome.held)
                left.push({ what: `the tag ${tag}`, why: `release ${outcome.held.id} holds it now` });
            tagDeleted = outcome.deleted;
            if (tagDeleted)
                changed.push(`deleted the tag ${tag}`);
        }
        catch (error) {
            // A rerun of this delete finds no release and deletes the tag.
            left.push({ what: `the tag ${tag}`, why: whyTag(error) });
        }
    }
    const done = (release && !left.some((l) => l.what.startsWith('release')) ? 1 : 0) + (tagDeleted ? 1 : 0);
    const failure = leftFailure(deps, `Delete ${tag}`, left, done);
    const told = release
        ? `Deleted release ${release.id}${tagDeleted ? ' and its tag' : ''}.`
        : tagDeleted
            ? `Deleted the tag ${tag} (no release held it).`
            : 'Nothing to delete.';
    if (!failure)
        summary.paragraph(told);
    // `deleted`: the tag whose release, or (delete-tag) whose tag itself, this delete removed.
    const removed = (release && changed.length > 0) || tagDeleted;
    return { outputs: { deleted: removed ? tag : '' }, changed, ...(failure ? { failure } : {}) };
}
/**
 * `prune`: read every release, plan, show the plan, delete what goes (and its tag if asked; with
 * prune-tags, also the matching tags no release holds that rank beyond the newest N).
 */
async function prune(deps, options) {
    const { github, repo, log } = deps;
    const patterns = options.patterns.map(tag/* globToRegExp */.tL);
    const matches = (tag) => patterns.some((p) => p.test(tag));
    const index = await listEveryRelease(github, repo, matches);
    let plan = planPrune(index.releases, options, deps.now ?? Date.now());
    // Only a full (not pre-) release can be GitHub's latest: asked for only when one would go.
    const latestId = !deps.allowDeleteLatest && mayHoldLatest(plan) ? await (0,github_releases/* latestReleaseId */.Y2)(github, repo) : undefined;
    plan = protect(plan, {
        ...(deps.publishedId !== undefined ? { publishedId: deps.publishedId } : {}),
        ...(latestId !== undefined ? { latestId } : {}),
    });
    const left = [];
    let tagEntries = [];
    if (options.deleteTags) {
        // One more call (none past the cap, where the tags were listed already).
        let tags = index.tags;
        if (!tags) {
            try {
                tags = await listTagNames(github, repo);
            }
            catch (error) {
                left.push({
                    what: 'the tags without a release',
                    why: `the tags could not be listed (${error.message})`,
                    next: 'A rerun lists the tags again.',
                });
            }
        }
        const held = new Set([...index.releases.map((r) => r.tag_name), ...index.unreadTags]);
        tagEntries = planTags(plan, (tags ?? []).filter(matches), held, options);
    }
    const seen = describeIndex(index);
    log.info(`Prune ${(0,target/* fullName */.fq)(repo)}: ${seen}`);
    const doomed = goes(plan);
    const warnings = broadPatterns(plan, options);
    for (const warning of warnings)
        log.warning(warning);
    summarizePlan(deps, options, plan, tagEntries, seen, warnings);
    const orphans = tagEntries.filter((t) => t.verdict === 'goes').map((t) => t.tag);
    if (deps.dryRun) {
        log.info(`Dry run: ${doomed.length} release(s)${orphans.length ? ` and ${orphans.length} tag(s) without a release` : ''} would be deleted; nothing was.`);
        return { outputs: { pruned: [] }, changed: [] };
    }
    const removed = [];
    const olderThan = options.olderThan !== undefined ? { olderThan: options.olderThan } : {};
    for (const release of doomed) {
        try {
            await deleteReleaseById(github, repo, release);
        }
        catch (error) {
            left.push({ what: `release ${release.id} of ${release.tag_name}`, why: why(error) });
            continue;
        }
        let tagDeleted = false;
        if (options.deleteTags) {
            try {
                const outcome = await deleteFreeTag(github, repo, release.tag_name);
                tagDeleted = outcome.deleted || outcome.gone === true;
                // A release that holds it now is another one (a rolling tag released again): its own prune
                // decides. A read still showing the one just deleted is GitHub lagging: the rerun finishes.
                if (outcome.held && outcome.held.id === release.id) {
                    left.push(tagLeft(release.tag_name, 'GitHub still showed the deleted release holding it', olderThan));
                }
                else if (outcome.held) {
                    left.push({ what: `the tag ${release.tag_name}`, why: `release ${outcome.held.id} holds it now` });
                }
            }
            catch (error) {
                left.push(tagLeft(release.tag_name, whyTag(error), olderThan));
            }
        }
        removed.push({ tag: release.tag_name, id: release.id, tagDeleted });
        log.info(`Deleted release ${release.id} of ${release.tag_name}${tagDeleted ? ' and the tag' : ''}`);
    }
    let orphansDeleted = 0;
    for (const tag of orphans) {
        try {
            const outcome = await deleteFreeTag(github, repo, tag);
            // Released meanwhile (or missed by a listing that shifted): it is not without a release after all.
            if (outcome.held)
                log.info(`Leaving the tag ${tag}: release ${outcome.held.id} holds it`);
            if (outcome.deleted) {
                orphansDeleted++;
                log.info(`Deleted the tag ${tag} (it had no release)`);
            }
        }
        catch (error) {
            left.push({ what: `the tag ${tag}`, why: whyTag(error) });
        }
    }
    const tagCount = removed.filter((r) => r.tagDeleted).length + orphansDeleted;
    const told = `${removed.length} release(s)${options.deleteTags ? ` and ${tagCount} tag(s)` : ''}`;
    deps.summary.paragraph(`Deleted ${told}.`);
    if (index.unread.length) {
        left.push({
            what: 'releases it could not read',
            why: `${index.unread.join('; ')}: they were not considered`,
            next: 'A rerun reads them again and prunes them by the same rules once GitHub answers.',
        });
    }
    const changed = removed.length || tagCount ? [`prune deleted ${told}`] : [];
    const failure = leftFailure(deps, 'Prune', left, removed.length + orphansDeleted);
    return {
        outputs: { pruned: removed.map((r) => ({ tag: r.tag, id: r.id, 'tag-deleted': r.tagDeleted })) },
        changed,
        ...(failure ? { failure } : {}),
    };
}
/** How the releases were read, in one sentence (the cap, when GitHub's listing stopped at it). */
function describeIndex(index) {
    const { capped } = index;
    const count = `${index.releases.length} release(s) read in ${index.listingCalls} listing call(s)`;
    if (!capped)
        return `${count}.`;
    return `${count}; GitHub's listing stopped after ${capped.listed} (it answered ${capped.status} past its cap), so ${capped.tagsRead} tag(s) matching the patterns were read one by one (${capped.found} with a release).${index.unread.length ? ` Could not read: ${index.unread.join('; ')}.` : ''}`;
}
function published(release, now) {
    const at = release.published_at ?? release.created_at;
    if (!at)
        return '';
    return `${at.slice(0, 10)} (${ago(now - Date.parse(at))} ago)`;
}
/** Rows of a summary table at most (a row is ~150 bytes; the summary is cut at 1 MiB). */
const SUMMARY_ROWS = 2000;
/** The plan in the job summary: facts, then what goes and what stays, each with its reason. */
function summarizePlan(deps, options, plan, tags, seen, warnings) {
    const now = deps.now ?? Date.now();
    const { summary } = deps;
    const count = (verdict) => plan.entries.filter((e) => e.verdict === verdict).length;
    summary.heading(`Prune ${(0,target/* fullName */.fq)(deps.repo)}${deps.dryRun ? ' (dry run)' : ''}`);
    summary.facts({
        patterns: options.patterns.join(', '),
        'keep per pattern': options.keep,
        'older than': options.olderThan,
        tags: options.deleteTags ? 'deleted with their release' : 'kept (prune-tags: false)',
        read: seen,
        plan: `${count('goes')} go, ${count('stays')} stay, ${count('protected')} protected; ${plan.unmatched} match no pattern${options.deleteTags ? `; ${tags.filter((t) => t.verdict === 'goes').length} tag(s) without a release go` : ''}`,
    });
    for (const warning of warnings)
        summary.paragraph(`> [!WARNING]\n> ${warning}`);
    // GitHub shows at most 1 MiB of a step's summary: long tables are cut, the rest counted.
    const rows = (verdicts) => {
        const entries = plan.entries.filter((e) => verdicts.includes(e.verdict));
        const rows = [
            ...entries.map((e) => [e.release.tag_name, e.pattern, published(e.release, now), e.reason]),
            ...tags.filter((t) => verdicts.includes(t.verdict)).map((t) => [t.tag, t.pattern, '', t.reason]),
        ];
        const shown = rows.slice(0, SUMMARY_ROWS);
        if (rows.length > SUMMARY_ROWS)
            shown.push([`… ${rows.length - SUMMARY_ROWS} more`, '', '', '']);
        return shown;
    };
    summary.heading('Goes', 3).table(['tag', 'pattern', 'published', 'why'], rows(['goes']));
    summary.heading('Stays', 3).table(['tag', 'pattern', 'published', 'why'], rows(['protected', 'stays']));
}

// EXTERNAL MODULE: ./build/js/shared/src/github/assets.js
var github_assets = __nccwpck_require__(554);
;// CONCATENATED MODULE: ./build/js/shared/src/plan/plan.js
class Plan {
    effects = [];
    add(effect) {
        this.effects.push(effect);
        return this;
    }
    get isEmpty() {
        return this.effects.length === 0;
    }
    /** One numbered line per effect, as printed in the log and the job summary. */
    lines() {
        return this.effects.map((e, i) => `${i + 1}. ${e.kind} ${e.target}${e.detail ? ` — ${e.detail}` : ''}`);
    }
}
class PlanError extends Error {
    applied;
    failed;
    pending;
    name = 'PlanError';
    constructor(message, applied, failed, pending, options) {
        super(message, options);
        this.applied = applied;
        this.failed = failed;
        this.pending = pending;
    }
}
/** Print the plan and apply it in order unless `dryRun`. */
async function executePlan(plan, options) {
    const { dryRun, log } = options;
    await log.group(`Plan: ${plan.effects.length} effect${plan.effects.length === 1 ? '' : 's'}${dryRun ? ' (dry run)' : ''}`, () => {
        for (const line of plan.isEmpty ? ['nothing to do'] : plan.lines())
            log.info(line);
        return Promise.resolve();
    });
    if (dryRun) {
        log.info(`Dry run: ${plan.effects.length} effect(s) planned, nothing written.`);
        return { dryRun, applied: 0 };
    }
    for (const [index, effect] of plan.effects.entries()) {
        try {
            await effect.apply();
            log.info(`done: ${effect.kind} ${effect.target}`);
        }
        catch (error) {
            const applied = plan.effects.slice(0, index);
            const pending = plan.effects.slice(index + 1);
            const said = (list) => list.length ? list.map((e) => `${e.kind} ${e.target}`).join('; ') : 'none';
            throw new PlanError(`${effect.kind} ${effect.target} failed. Applied before it: ${said(applied)}. Not applied: ${said(pending)}.`, applied, effect, pending, { cause: error });
        }
    }
    return { dryRun, applied: plan.effects.length };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/js/actions/create-release/src/existing.js
/**
 * What to do with what already exists for the tag: refuse another commit's published release (KM:
 * "if a release already exists, the release script will fail"), replace it when the tag is a rolling
 * one, add this run's files to this commit's published release (matrix jobs that each publish), report
 * success when it is exactly this run's release (a rerun after a crash that came after publishing),
 * and reuse the oldest draft made for this very commit (a rerun after a crash, or a matrix job that
 * got there first). A draft for another commit is never reused: its assets were built from other code.
 */



/** The asset of that name when it is fully uploaded with this sha256. */
function matchingAsset(assets, wanted) {
    return assets.find((a) => a.name === wanted.name && a.state === 'uploaded' && (0,github_assets/* sha256OfDigest */.NV)(a.digest) === wanted.sha256);
}
/** The checksums file a release would get: its own other assets and these files. */
function expectedChecksums(assets, files, name) {
    const { entries } = (0,github_assets/* checksumsEntries */.bt)(assets, files, name);
    if (entries.length === 0)
        return undefined;
    const text = (0,github_assets/* checksumsText */.Lx)(entries);
    return { name, sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'), size: Buffer.byteLength(text) };
}
/**
 * Whether the release holds every wanted asset: by digest, or on a GitHub without digests (older
 * GHES) by name and size, reported as unverified.
 */
function holdsAll(release, wanted) {
    let unverified = false;
    for (const w of wanted) {
        if (matchingAsset(release.assets, w))
            continue;
        const same = release.assets.find((a) => a.name === w.name && a.state === 'uploaded');
        if (!same || same.digest || w.size === undefined || same.size !== w.size)
            return { ok: false, unverified };
        unverified = true;
    }
    return { ok: true, unverified };
}
/** A fully uploaded asset of the release named as one of these files but holding other content. */
function clashing(release, files) {
    for (const file of files) {
        const there = release.assets.find((a) => a.name === file.name && a.state === 'uploaded');
        if (!there || matchingAsset([there], file))
            continue;
        // A GitHub without digests: the size is all there is to compare.
        if (there.digest || file.size === undefined || there.size !== file.size)
            return there;
    }
    return undefined;
}
/** Decide from what exists; UserError when something exists that this run must not touch. */
function decide(found, options) {
    const { published } = found;
    const same = options.same ?? ((r) => r.target_commitish === options.targetSha);
    const mine = found.drafts.filter(same);
    const others = found.drafts.filter((d) => !same(d));
    const other = others[0];
    if (other && !options.rolling) {
        const what = options.same
            ? `was made by another build (its body records another commit than this run's, or none)`
            : `targets ${other.target_commitish}, not ${options.targetSha}, the commit this run releases`;
        throw new action/* UserError */.yo(`A draft release for ${options.tag} exists for another commit: ${other.html_url} (id ${other.id}) ${what}. Its assets were built from other code, so it is not reused: publish or delete that draft, then rerun.`);
    }
    const [draft, ...younger] = mine;
    const release = { kind: 'release', ...(draft ? { draft } : {}), stale: [...younger, ...others] };
    if (!published)
        return release;
    const sameCommit = options.same
        ? options.same(published)
        : options.tagSha === undefined || options.tagSha === options.targetSha;
    const sums = options.checksums
        ? expectedChecksums(published.assets, options.files, options.checksums)
        : undefined;
    const held = holdsAll(published, sums ? [...options.files, sums] : options.files);
    if (held.ok && sameCommit)
        return { kind: 'done', release: published, unverified: held.unverified };
    // This build's published release without some of this run's files: a matrix job that published
    // first (each job publishing), or a job run again with a file more. Its assets stay and this run
    // adds its own (the checksums file made again over all of them), as the jobs racing to create
    // the draft already do; a file it holds with other content is never overwritten once published.
    const clash = sameCommit ? clashing(published, options.files) : undefined;
    if (sameCommit && !clash && !published.immutable) {
        return { kind: 'release', draft: published, stale: [...mine, ...others] };
    }
    if (!options.rolling && clash) {
        throw new action/* UserError */.yo(`The release for ${options.tag} (${published.html_url}) already holds ${clash.name} with other content (${clash.digest ?? `${clash.size} bytes`}) than this run's file: a published asset is never overwritten. Rename the file, or delete the release (or that asset) and rerun.`);
    }
    if (!options.rolling && sameCommit) {
        throw new action/* UserError */.yo(`The release for ${options.tag} (${published.html_url}) is immutable: GitHub lets no asset be added to it, so this run's files (${options.files.map((f) => f.name).join(', ')}) cannot join it. Release them under a new tag.`);
    }
    if (!options.rolling) {
        throw new action/* UserError */.yo(`A release for ${options.tag} already exists: ${published.html_url}. ${options.tag} is not a rolling tag, so it is not replaced: delete that release to make it again, release under a new tag, or add the tag to rolling-tags.`);
    }
    if (published.immutable) {
        throw new action/* UserError */.yo(`The release for the rolling tag ${options.tag} is immutable (${published.html_url}): GitHub never lets its tag move or its assets change, so it cannot be replaced. Use a new tag, or turn immutable releases off for rolling tags.`);
    }
    return { ...release, replace: published };
}
/**
 * Refuse to replace a rolling tag's release with an older commit's: `relation` is how the run's
 * commit relates to the tag's (`behind`: an ancestor, such as a rerun of an older run from a branch).
 * A diverged commit (a force-pushed branch) or a newer one replaces the release.
 */
function refuseBackwards(relation, { tag, release, tagSha, targetSha, builds, }) {
    if (relation !== 'behind')
        return;
    if (builds) {
        throw new action/* UserError */.yo(`The rolling tag ${tag} holds a release built from ${builds.theirs} (${release.html_url}), and this run's build, ${builds.mine}, is an older commit (an ancestor of it): is this a rerun of an older run? A rolling release is never replaced by an older build: nothing was changed. Run the workflow on the newest commit; to roll ${tag} back to this build on purpose, delete that release (the tag stays) and rerun.`);
    }
    throw new action/* UserError */.yo(`The rolling tag ${tag} points at ${tagSha} (${release.html_url}), and this run releases ${targetSha}, an older commit (an ancestor of ${tagSha}): is this a rerun of an older run? A rolling tag is never moved backwards by replacing its release: nothing was changed. Run the workflow on the newest commit; to roll ${tag} back to ${targetSha} on purpose, delete that release (the tag stays) and rerun.`);
}
/**
 * Refuse, before the first write, a release GitHub would stop filling halfway: at most 1,000 assets,
 * counting this run's files, the checksums file and the uploaded assets a reused draft keeps (a
 * matrix sibling's; one with a name this run uploads is replaced, not added).
 */
function refuseTooManyAssets(decision, files, checksums) {
    const names = new Set(files.map((f) => f.name));
    if (checksums)
        names.add(checksums);
    const draft = decision.kind === 'release' ? decision.draft : undefined;
    const kept = (draft?.assets ?? []).filter((a) => a.state === 'uploaded' && !names.has(a.name));
    const total = names.size + kept.length;
    if (total <= github_assets/* MAX_ASSETS_PER_RELEASE */.RM)
        return;
    throw new action/* UserError */.yo(`The release would hold ${total} assets: ${names.size} from this run (${files.length} files${checksums ? ` and ${checksums}` : ''}) and ${kept.length} already in draft ${draft?.html_url ?? ''} (id ${draft?.id ?? ''}), but GitHub holds at most ${github_assets/* MAX_ASSETS_PER_RELEASE */.RM} in a release. Nothing was changed: upload fewer files (an archive of them), or split them over two releases.`);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
;// CONCATENATED MODULE: ./build/js/shared/src/http/tunnel.js
/**
 * A connection to a host through the runner's proxy: a CONNECT tunnel (for https and http targets
 * alike, as undici's ProxyAgent, which carries the API requests through a proxy, makes them), with
 * the proxy's credentials from its URL as Basic Proxy-Authorization. TLS to an https target runs
 * inside the tunnel, so the proxy sees neither the token nor the bytes, and the target's
 * certificate is checked as on a direct connection.
 *
 * For node:http(s) requests made outside fetch: the streamed uploads (github/upload.ts).
 */



/** The `createConnection` of a node:http(s) request to `target` that goes through `proxy`. */
function tunnelConnection(proxy, target, timeoutMs) {
    return (_options, done) => {
        openTunnel(proxy, target, timeoutMs).then((socket) => {
            if (target.protocol !== 'https:')
                return done(null, socket);
            const secure = (0,external_node_tls_.connect)({ socket, servername: target.hostname, ALPNProtocols: ['http/1.1'] });
            // The request's own 'error' hears of a failed handshake through the socket it is given.
            done(null, secure);
        }, 
        // Node reads the socket only when there is no error.
        (error) => done(error, undefined));
        return undefined;
    };
}
/** A socket to `target`'s host and port through the proxy's CONNECT, refused after `timeoutMs` of silence. */
function openTunnel(proxy, target, timeoutMs) {
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const authority = `${target.hostname}:${port}`;
    const credentials = proxy.username || proxy.password
        ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
        : undefined;
    const send = proxy.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
    return new Promise((resolve, reject) => {
        const req = send({
            host: proxy.hostname,
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers: {
                host: authority,
                ...(credentials
                    ? { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }
                    : {}),
            },
        });
        const refused = (res) => new Error(`the proxy ${proxy.host} answered ${res.statusCode ?? '?'} to CONNECT ${authority}`);
        req.once('connect', (res, socket, head) => {
            // The tunnel's wait is over; the request sent through it sets its own.
            socket.setTimeout(0);
            if (res.statusCode !== 200) {
                socket.destroy();
                reject(refused(res));
                return;
            }
            if (head.length)
                socket.unshift(head);
            resolve(socket);
        });
        // A refusal with a body (407, 502) comes as an ordinary answer.
        req.once('response', (res) => {
            res.resume();
            reject(refused(res));
        });
        req.once('error', reject);
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`the proxy ${proxy.host} did not answer CONNECT ${authority} within ${timeoutMs} ms`)));
        req.end();
    });
}

// EXTERNAL MODULE: ./build/js/shared/src/github/client.js + 21 modules
var client = __nccwpck_require__(3165);
// EXTERNAL MODULE: ./build/js/shared/src/github/origins.js
var origins = __nccwpck_require__(912);
// EXTERNAL MODULE: ./build/js/shared/src/github/pacing.js + 1 modules
var pacing = __nccwpck_require__(2922);
// EXTERNAL MODULE: ./build/js/shared/src/github/proxy.js
var github_proxy = __nccwpck_require__(5751);
;// CONCATENATED MODULE: ./build/js/shared/src/github/upload.js
/**
 * Streamed release-asset uploads over node:http/node:https, not octokit: octokit sends bodies through
 * fetch (undici), which keeps a streamed request body in memory (nodejs/undici#4058, ~1.15 GB RSS
 * for 1 GiB). Each attempt reopens the file (a regular file only, checked before anything is sent),
 * so a retry sends it whole again; 5xx, rate limits with
 * `retry-after` and broken connections are retried with bounded waits.
 *
 * The file is read once: each chunk is hashed as it is sent, so an upload knows the sha256 of exactly
 * the bytes GitHub received (compared with GitHub's digest by the caller) without a pass of its own
 * over the file before it. Whether the file changed while it was sent (its size, mtime or ctime on
 * the open file, from the first read to GitHub's answer) is reported beside it: such an upload may be
 * torn, half one content and half another.
 *
 * Like every other request, an upload goes through the runner's proxy when HTTPS_PROXY/NO_PROXY say
 * so (proxy.ts decides, http/tunnel.ts connects), and each attempt spends a turn of the client's write
 * budget (pacing.ts): GitHub counts an upload among the content-creating requests it limits.
 */









/** One failed attempt: `transient` may succeed when repeated, `conflict` is 422 `already_exists`. */
class UploadAttemptError extends Error {
    kind;
    status;
    retryAfter;
    name = 'UploadAttemptError';
    /**
     * The sha256 of the file when the attempt sent all of it before failing (GitHub may have kept the
     * asset: a 5xx or a reset after the last byte), so a recovery can recognise it without a read.
     */
    sentSha256;
    constructor(message, kind, status, 
    /** Seconds the server asked to wait (retry-after, or until the rate limit resets). */
    retryAfter) {
        super(message);
        this.kind = kind;
        this.status = status;
        this.retryAfter = retryAfter;
    }
}
/** The upload URL for one file: the `{?name,label}` template filled in. */
function uploadUrlFor(template, name, label) {
    const url = new URL(template.replace(/\{[^}]*\}$/, ''));
    url.searchParams.set('name', name);
    if (label !== undefined)
        url.searchParams.set('label', label);
    return url;
}
/** Refuse an upload URL the token must not go to: the one rule of origins.ts. */
function checkUploadUrl(url, apiUrl) {
    if (!(0,origins/* mayCarryToken */.qb)(url, apiUrl))
        throw new UploadAttemptError((0,origins/* refusalMessage */.se)(url, apiUrl, "the release's upload_url"), 'fatal');
}
/**
 * Send the file once, streamed from disk and hashed as it goes; resolves with GitHub's asset and the
 * sha256 of what was sent, or rejects with UploadAttemptError.
 */
async function uploadOnce(target) {
    const url = uploadUrlFor(target.uploadUrl, target.name, target.label);
    checkUploadUrl(url, target.apiUrl);
    // GitHub counts each upload among the content-creating requests it limits: wait for its turn.
    if (target.pacedBy)
        await (0,pacing/* takeWriteBudget */.Eb)(target.pacedBy, 'POST', url.href);
    // Opened (each attempt) before anything is sent: the file may have been swapped since it was
    // checked; a FIFO in its place must fail the upload, not block it forever.
    let handle;
    try {
        handle = await (0,github_assets/* openRegularFile */.ZU)(target.path);
    }
    catch (error) {
        throw new UploadAttemptError(`cannot read ${target.path}: ${error.message}`, 'fatal');
    }
    let sending = Promise.resolve();
    let sent;
    // Whether the file is as it was when the attempt began (size, mtime, ctime of the open file).
    let unchanged = () => Promise.resolve(false);
    try {
        const before = await handle.stat({ bigint: true });
        unchanged = async () => {
            const after = await handle.stat({ bigint: true });
            return (after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs);
        };
        const idleMs = target.idleTimeoutMs ?? 120_000;
        const proxy = (0,github_proxy/* proxyFor */.i)(url, target.env);
        // Ends the send when the attempt has failed: a request that never got its socket (a proxy that
        // refused the tunnel) is destroyed without a 'close'.
        const stopped = new AbortController();
        const asset = await new Promise((resolve, reject) => {
            const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
            let settled = false;
            const fail = (error) => {
                if (settled)
                    return;
                settled = true;
                stopped.abort();
                req.destroy();
                reject(error);
            };
            const req = send(url, {
                method: 'POST',
                headers: {
                    authorization: `Bearer ${target.token}`,
                    accept: 'application/vnd.github+json',
                    'content-type': target.contentType,
                    'content-length': String(target.size),
                    'user-agent': client/* USER_AGENT */._,
                    'x-github-api-version': '2022-11-28',
                },
                ...(proxy ? { createConnection: tunnelConnection(proxy, url, idleMs) } : {}),
            });
            req.setTimeout(idleMs, () => fail(new UploadAttemptError(`no progress for ${idleMs} ms`, 'transient')));
            req.on('error', (error) => fail(new UploadAttemptError(error.message, 'transient')));
            req.on('response', (res) => {
                readJson(res).then((body) => {
                    if (settled)
                        return;
                    if (res.statusCode === 201 || res.statusCode === 200) {
                        settled = true;
                        resolve(body);
                    }
                    else {
                        fail(classify(res, body));
                    }
                }, (error) => fail(new UploadAttemptError(error.message, 'transient')));
            });
            const hash = (0,external_node_crypto_.createHash)('sha256');
            sending = sendFile(req, stopped.signal, handle, target.path, target.size, hash).then(() => void (sent = hash.digest('hex')), (error) => {
                if (error instanceof UploadAttemptError)
                    fail(error);
                // A write that failed because the connection broke is reported by req's own 'error'; a read
                // that failed is the file's fault, and waiting would only end at the idle timeout.
                else if (!(error instanceof WriteError))
                    fail(new UploadAttemptError(`cannot read ${target.path}: ${error.message}`, 'fatal'));
            });
        });
        // The send ends once the request is answered or destroyed; GitHub answers once it has it all.
        await sending;
        if (sent === undefined)
            throw new UploadAttemptError(`GitHub answered before ${target.path} was sent whole`, 'transient');
        return { asset, sha256: sent, steady: await unchanged() };
    }
    catch (error) {
        await sending;
        // The recovery keeps an asset GitHub stored by this sha256: only when the file held still, else
        // that asset may hold two builds' bytes (it is read again there, and then does not match).
        if (error instanceof UploadAttemptError && sent !== undefined && (await unchanged().catch(() => false)))
            error.sentSha256 = sent;
        throw error;
    }
    finally {
        // Closed only once the send has ended (answered or destroyed).
        await sending;
        await handle.close();
    }
}
/** A write to the request failed: the connection broke (reported by the request's own 'error'). */
class WriteError extends Error {
}
/**
 * Write the file to the request through two reused buffers: one is read while the other is being
 * written, and a buffer is refilled only once the socket has taken it (the write's callback). A
 * read stream would allocate a new buffer per chunk and let garbage pile up (~70 MB per GiB).
 */
async function sendFile(req, stopped, handle, path, size, hash) {
    const closed = new Promise((_, reject) => {
        req.once('close', () => reject(new WriteError('closed')));
        stopped.addEventListener('abort', () => reject(new WriteError('stopped')), { once: true });
    });
    closed.catch(() => undefined);
    const buffers = [Buffer.allocUnsafe(github_assets/* CHUNK_BYTES */.EC), Buffer.allocUnsafe(github_assets/* CHUNK_BYTES */.EC)];
    let writing = Promise.resolve();
    for (let position = 0, turn = 0; position < size; turn++) {
        const buffer = buffers[turn % 2];
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - position), position);
        if (bytesRead === 0)
            throw new UploadAttemptError(`${path} shrank while it was uploaded`, 'fatal');
        await Promise.race([writing, closed]);
        const chunk = buffer.subarray(0, bytesRead);
        // Hashed before it is handed to the socket: the buffer is refilled only after the write is done.
        hash.update(chunk);
        writing = new Promise((done, failed) => req.write(chunk, (error) => (error ? failed(new WriteError(error.message)) : done())));
        position += bytesRead;
    }
    await Promise.race([writing, closed]);
    req.end();
}
function readJson(res) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('the answer was cut off')));
        res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
                resolve(text === '' ? {} : JSON.parse(text));
            }
            catch {
                resolve({ message: text.slice(0, 200) });
            }
        });
    });
}
function classify(res, body) {
    const status = res.statusCode ?? 0;
    const b = (body ?? {});
    const message = `GitHub answered ${status} to the upload: ${b.message ?? ''}`.trim();
    const retryAfter = Number(res.headers['retry-after']);
    const remaining = res.headers['x-ratelimit-remaining'];
    const reset = Number(res.headers['x-ratelimit-reset']);
    if (status >= 500)
        return new UploadAttemptError(message, 'transient', status);
    if (status === 403 || status === 429) {
        if (Number.isFinite(retryAfter) && retryAfter >= 0)
            return new UploadAttemptError(message, 'transient', status, retryAfter);
        if (remaining === '0' && Number.isFinite(reset)) {
            return new UploadAttemptError(message, 'transient', status, Math.max(0, reset - Date.now() / 1000));
        }
        if (/secondary rate/i.test(b.message ?? ''))
            return new UploadAttemptError(message, 'transient', status, 60);
    }
    if (status === 422 && b.errors?.some((e) => e.code === 'already_exists')) {
        return new UploadAttemptError(message, 'conflict', status);
    }
    return new UploadAttemptError(message, 'fatal', status);
}
/**
 * Upload with retries. Before each retry `recover` is asked what the failed attempt left: it returns
 * the upload when it did complete (a 5xx after the last byte; `sent` is the sha256 of the file when
 * the failed attempt sent all of it), and otherwise clears any `starter` or partial asset of that
 * name so the next attempt can take the name.
 */
async function uploadWithRetry(target, recover, log, policy = {}) {
    const { retries = 4, maxWaitSeconds = 120, backoffMs = 1000 } = policy;
    for (let attempt = 0;; attempt++) {
        try {
            return await uploadOnce(target);
        }
        catch (error) {
            if (!(error instanceof UploadAttemptError) || error.kind === 'fatal' || attempt >= retries)
                throw error;
            const waitSeconds = error.kind === 'conflict' ? 0 : (error.retryAfter ?? (backoffMs * 2 ** attempt) / 1000);
            if (waitSeconds > maxWaitSeconds) {
                throw new UploadAttemptError(`${error.message} (asks to wait ${Math.ceil(waitSeconds)} s, over ${maxWaitSeconds} s)`, 'fatal', error.status);
            }
            log.warning(`Upload of ${target.name} failed (${error.message}); retry ${attempt + 1} of ${retries} in ${waitSeconds.toFixed(1)} s`);
            // A wait GitHub asked for (retry-after: a secondary limit) holds the client's other writes too.
            if (error.retryAfter !== undefined && target.pacedBy)
                (0,pacing/* holdWrites */.eq)(target.pacedBy, waitSeconds * 1000);
            await new Promise((done) => setTimeout(done, waitSeconds * 1000));
            const finished = await recover(error.sentSha256);
            if (finished)
                return finished;
        }
    }
}

// EXTERNAL MODULE: ./build/js/actions/create-release/src/files.js
var src_files = __nccwpck_require__(7709);
;// CONCATENATED MODULE: ./build/js/actions/create-release/src/steps.js
/**
 * The release's steps as plan effects, in the only order that keeps every state a crash can leave
 * recoverable by a rerun: draft → assets → (rolling: move tag → delete old release) → publish (the
 * last part, where runs race, is in commit.ts). A draft never creates its tag, so until then the tag
 * and any published release are untouched; every step can be repeated.
 */






/**
 * Upload one file unless the release has it with the same digest; a stale or broken one is replaced,
 * except a whole asset of a published release: only the checksums file this run makes over all the
 * assets (`generated`) is made again there, never a file someone may already have downloaded.
 */
function uploadStep(deps, asset, progress, options = {}) {
    return {
        kind: 'upload asset',
        target: asset.name,
        detail: asset.sha256
            ? `${asset.size} bytes, sha256 ${asset.sha256.slice(0, 12)}… (kept if already there with this digest)`
            : `${asset.size} bytes, sha256 read as it is sent`,
        async apply() {
            const release = progress.release;
            if (!release)
                throw new Error('no release to upload to');
            // An asset of this name came after the plan (a draft another run made, and this one adopted):
            // the file's digest decides whether it is kept.
            if (!asset.sha256 && (0,src_files/* hasUploaded */.HM)(release.assets, asset.name))
                await (0,src_files/* hashAssetFile */.pU)(asset);
            const kept = matchingAsset(release.assets, asset);
            if (kept) {
                progress.uploaded.push({ asset, remote: kept, kept: true });
                return;
            }
            const stales = release.assets.filter((a) => a.name === asset.name);
            const released = stales.find((a) => a.state === 'uploaded');
            if (!release.draft && released && !options.generated) {
                // A GitHub without digests (GHES): the size is all there is to compare, as when deciding.
                if (!released.digest && released.size === asset.size) {
                    deps.log.warning(`GitHub reported no sha256 digest for ${asset.name} in ${release.html_url}: kept by its name and size; its content is not verified`);
                    progress.uploaded.push({ asset, remote: released, kept: true });
                    return;
                }
                throw publishedClash(release, released, asset);
            }
            for (const stale of stales) {
                deps.log.info(`Deleting ${stale.state} asset ${stale.name} (${stale.digest ?? 'no digest'}): not this file`);
                await (0,github_releases/* deleteAsset */.AO)(deps.github, deps.repo, stale.id);
            }
            const remote = await uploadVerified(deps, release, asset, options.generated === true);
            release.assets = [...release.assets.filter((a) => a.name !== asset.name), remote];
            progress.uploaded.push({ asset, remote, kept: false });
        },
    };
}
/**
 * Upload, hashing the file as it is sent, and check what GitHub took: its digest is the sha256 of the
 * bytes sent, the file did not change while it was sent, and, when it was hashed before (to decide
 * on an asset of its name), not since either. Otherwise the asset is deleted and sent once more.
 */
async function uploadVerified(deps, release, asset, generated) {
    const target = {
        uploadUrl: release.upload_url,
        apiUrl: deps.apiUrl,
        token: deps.token,
        name: asset.name,
        path: asset.path,
        size: asset.size,
        contentType: (0,github_assets/* assetContentType */.cV)(asset.name),
        pacedBy: deps.github,
    };
    // After a failed attempt: the upload may have completed (keep it) or left a starter (clear it).
    // What completed is known by the file's sha256: hashed before, or sent whole by the failed
    // attempt, or (an asset of its name appeared meanwhile) read now.
    const recover = async (sent) => {
        const now = await (0,github_releases/* listAssets */.qs)(deps.github, deps.repo, release.id);
        if (!asset.sha256 && sent === undefined && (0,src_files/* hasUploaded */.HM)(now, asset.name))
            await (0,src_files/* hashAssetFile */.pU)(asset);
        const sha256 = asset.sha256 || sent;
        const done = sha256 ? matchingAsset(now, { name: asset.name, sha256 }) : undefined;
        if (done && sha256)
            return { asset: done, sha256, steady: true };
        const leftovers = now.filter((a) => a.name === asset.name);
        // A whole asset of its name in a published release that is not this file: a sibling job's
        // (uploaded after this one looked, so this upload was refused as a duplicate). Never deleted.
        const whole = leftovers.find((a) => a.state === 'uploaded');
        if (!release.draft && !generated && whole)
            throw publishedClash(release, whole, asset);
        for (const leftover of leftovers) {
            await (0,github_releases/* deleteAsset */.AO)(deps.github, deps.repo, leftover.id);
        }
        return undefined;
    };
    for (let attempt = 1;; attempt++) {
        const { asset: remote, sha256: sent, steady, } = await uploadWithRetry(target, recover, deps.log, deps.retry);
        const digest = (0,github_assets/* sha256OfDigest */.NV)(remote.digest);
        const problem = !steady
            ? 'the file changed while it was uploaded'
            : asset.sha256 && sent !== asset.sha256
                ? `the file changed since it was hashed (sha256 ${asset.sha256}, then ${sent} as sent)`
                : digest !== undefined && digest !== sent
                    ? `GitHub's digest (${digest}) differs from the sha256 of the bytes sent (${sent})`
                    : undefined;
        if (problem === undefined) {
            if (digest === undefined)
                deps.log.warning(`GitHub reported no sha256 digest for ${asset.name}; its content is not verified`);
            asset.sha256 = sent;
            return remote;
        }
        await (0,github_releases/* deleteAsset */.AO)(deps.github, deps.repo, remote.id);
        if (attempt >= 2) {
            throw new action/* UserError */.yo(`${asset.name}: ${problem}, twice; the file may be changing while it is uploaded. The asset was deleted`);
        }
        deps.log.warning(`${asset.name}: ${problem}; deleted, uploading it again`);
    }
}
/** A published release holds an asset of this file's name with other content: it stays. */
function publishedClash(release, there, asset) {
    const mine = asset.sha256 ? ` (sha256:${asset.sha256})` : '';
    return new action/* UserError */.yo(`The published release ${release.html_url} already holds ${asset.name} with other content (${there.digest ?? `${there.size} bytes`}) than this run's file${mine}: a published asset is never overwritten. Rename the file, or delete that asset and rerun.`);
}
/** publish: false: set the title and description and leave the complete draft (matrix jobs). */
function updateDraftStep(deps, fields, progress) {
    return {
        kind: 'update draft',
        target: fields.tag,
        detail: 'left as a draft (publish: false)',
        async apply() {
            const release = progress.release;
            if (!release)
                throw new Error('no release to update');
            if (!release.draft) {
                // A matrix job's files joined a release another job already published: it stays as it is.
                deps.log.info(`${release.html_url} is already published: its title and description are left as they are`);
                progress.published = true;
                return;
            }
            progress.release = await (0,github_releases/* publishRelease */.Dl)(deps.github, deps.repo, release.id, fields, false);
        },
    };
}

;// CONCATENATED MODULE: ./build/js/actions/create-release/src/checksums.js
/**
 * The generated checksums file (SHA256SUMS): made when the other assets are up, from this run's files
 * and the release's other uploaded assets by GitHub's digests, so a matrix job's file lists what its
 * sibling jobs uploaded too. Written to the runner's temp folder only when it is uploaded (a dry run
 * writes nothing).
 */







/** Build the checksums file from the release as it is now and upload it unless it is there already. */
function checksumsStep(deps, name, files, progress, runnerTemp) {
    return {
        kind: 'upload asset',
        target: name,
        detail: `generated: sha256 of ${files.length} file(s) of this run and of the release's other assets`,
        async apply() {
            const release = progress.release;
            if (!release)
                throw new Error('no release to upload to');
            // A draft this run did not make (a sibling job's, an earlier run's) may have gained assets
            // since it was read; the one it made holds what this run uploaded (known without a call).
            if (release.id !== progress.createdId) {
                release.assets = await (0,github_releases/* listAssets */.qs)(deps.github, deps.repo, release.id);
            }
            const { entries, undigested } = (0,github_assets/* checksumsEntries */.bt)(release.assets, files, name);
            if (undigested.length) {
                deps.log.warning(`${name} leaves out ${undigested.join(', ')}: GitHub reported no sha256 digest for them`);
            }
            if (entries.length === 0) {
                deps.log.info(`No assets: ${name} is not uploaded`);
                return;
            }
            const text = (0,github_assets/* checksumsText */.Lx)(entries);
            const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
            const asset = { path: '', name, size: Buffer.byteLength(text), sha256 };
            const kept = matchingAsset(release.assets, asset);
            if (kept) {
                progress.uploaded.push({ asset, remote: kept, kept: true });
                return;
            }
            const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)(runnerTemp, 'create-release-'));
            asset.path = (0,external_node_path_.join)(folder, name);
            await (0,promises_.writeFile)(asset.path, text);
            await uploadStep(deps, asset, progress, { generated: true }).apply();
        },
    };
}

// EXTERNAL MODULE: ./build/js/actions/create-release/src/lineage.js
var src_lineage = __nccwpck_require__(4295);
;// CONCATENATED MODULE: ./build/js/actions/create-release/src/lost.js
/**
 * What a run that lost a race to publish says: why, and what exists now (the tag, the release that
 * holds it and the commit it was built from), so a person reading the failed job knows the state.
 */

const FULL_SHA = /^[0-9a-f]{40}$/i;
/** The commit a release was made from: its full-sha target, else the tag's commit. */
function commitOf(release, tag) {
    if (FULL_SHA.test(release.target_commitish))
        return release.target_commitish.toLowerCase();
    return tag ?? release.target_commitish;
}
/** `<tag> points at <commit>, released as <url> (id, commit)`: what exists now, for messages. */
function describeTag(tag, state) {
    const where = state.tag ? `${tag} points at ${state.tag}` : `${tag} does not exist`;
    const holder = state.theirs ?? (state.mine && !state.mine.draft ? state.mine : undefined);
    if (!holder)
        return `${where} and no published release holds it`;
    return `${where}; its published release is ${holder.html_url} (id ${holder.id}, built from ${commitOf(holder, state.tag)})`;
}
/** A run that lost a race: its message says what exists, so it is shown as it is (not "not finished"). */
class RaceLost extends action/* UserError */.yo {
    loss;
    constructor(loss, tag, sha, state, cleaned) {
        super(`${lossText(loss, tag, sha)} Now: ${describeTag(tag, state)}. ${cleaned}`);
        this.loss = loss;
    }
}
function lossText(loss, tag, sha) {
    switch (loss) {
        case 'newer':
            return `Another run published a release for ${tag} built from a newer commit while this run (${sha}) was releasing it: a rolling tag never moves back to an older commit, so this run stops.`;
        case 'taken':
            return `Another run published a release for ${tag} while this run (${sha}) was releasing it; ${tag} is not a rolling tag, so that release stays.`;
        case 'tag-elsewhere':
            return `The tag ${tag} was made at another commit while this run was releasing ${sha}; a tag is never moved for a release.`;
        case 'immutable':
            return `Another run published an immutable release for the rolling tag ${tag} while this run (${sha}) was releasing it: GitHub never lets that release be replaced.`;
        case 'draft-deleted':
            return `Another run deleted this run's draft for ${tag} (a run of a newer commit clears drafts of older ones), so ${sha} is not released.`;
        case 'replaced':
            return `This run published ${tag} for ${sha}, and another run replaced that release before this run could confirm it.`;
    }
}

;// CONCATENATED MODULE: ./build/js/actions/create-release/src/commit.js
/**
 * The last writes of a release, where two runs can race: (rolling tag) move the tag, delete the old
 * release, and publish. GitHub offers no compare-and-swap for any of them except one: a tag is held
 * by at most one published release, so of two publishes for one tag the second is refused (422
 * `already_exists`). The protocol rests on that, and on reading the tag and its releases again before
 * every write:
 *
 * - Each write is chosen from a fresh read (`nextStep`, a pure function of that read and of what
 *   this run has done), as a run starting now would choose it: a release another run published
 *   meanwhile is replaced like any rolling release (the tag never moves back to an older commit's:
 *   then this run lost), or, on any other tag, means this run lost.
 * - The release that is published decides where the tag belongs. Its run puts the tag back on its
 *   commit if another run moved it; a run that lost and had moved the tag puts it on the published
 *   release's commit. Every run that moves a tag last moves it there, so the runs converge.
 * - A run exits 0 only after a read in which its own release is published and the tag points at its
 *   commit: its outputs name a release that exists, at the commit the tag points at. A run that lost
 *   deletes the draft it made, and fails naming the release and commit that hold the tag.
 * - A run replaces another run's release only once it has read it published, and moves the tag for
 *   it once: the publishing run moving the tag back does not make the two chase each other.
 */




/**
 * The next write (or compare) from what was just read and what this run has done: no I/O, so each
 * state has one answer (the table in test/unit/create-release-commit.test.ts). It records a loss.
 */
function nextStep(state, memory, options) {
    if (memory.lost)
        return cleanUp(state, memory, options);
    const { mine, theirs, tag } = state;
    const { sha, rolling } = options;
    const lose = (loss) => {
        memory.lost = loss;
        return cleanUp(state, memory, options);
    };
    if (!mine)
        return lose(memory.published ? 'replaced' : 'draft-deleted');
    if (!mine.draft) {
        if (tag === sha)
            return { kind: 'done' };
        // The published release's run puts the tag back on the commit its assets were built from.
        return rolling ? { kind: 'move-tag', to: sha } : { kind: 'tag-moved' };
    }
    if (theirs) {
        if (!rolling)
            return lose('taken');
        if (theirs.immutable)
            return lose('immutable');
        const relation = memory.relations.get(theirs.id);
        if (relation === undefined)
            return { kind: 'compare', release: theirs, base: commitOf(theirs, tag) };
        if (relation === 'behind')
            return lose('newer');
        // Tag first, then delete: the tag goes without a release only between the delete and the publish.
        if (tag !== sha && !memory.movedFor.has(theirs.id)) {
            return { kind: 'move-tag', to: sha, forRelease: theirs.id };
        }
        return { kind: 'delete', release: theirs };
    }
    if (tag !== undefined && tag !== sha) {
        if (!rolling)
            return lose('tag-elsewhere');
        // No release holds the rolling tag: it is this run's to point at its commit before publishing.
        return { kind: 'move-tag', to: sha };
    }
    // No tag (publishing creates it at this commit), or the tag is here already.
    return { kind: 'publish' };
}
/** After losing: give the tag back to the published release if this run moved it, drop its own draft. */
function cleanUp(state, memory, options) {
    const { mine, theirs, tag } = state;
    if (memory.movedTag && theirs && FULL_SHA.test(theirs.target_commitish)) {
        const holder = theirs.target_commitish.toLowerCase();
        if (tag !== holder)
            return { kind: 'move-tag', to: holder, repair: true };
    }
    if (mine?.draft && mine.id === options.createdId)
        return { kind: 'delete', release: mine, own: true };
    return { kind: 'stop', loss: memory.lost ?? 'taken' };
}
/** Read the tag and the releases for it, one call after the other (a consistent enough snapshot). */
async function readTagState(deps, tag, mineId) {
    const found = await (0,github_releases/* releasesForTag */.aD)(deps.github, deps.repo, tag);
    const commit = await (0,github_releases/* tagCommit */.eF)(deps.github, deps.repo, tag);
    const mine = found.published?.id === mineId ? found.published : found.drafts.find((d) => d.id === mineId);
    const theirs = found.published && found.published.id !== mineId ? found.published : undefined;
    return {
        ...(mine ? { mine } : {}),
        ...(theirs ? { theirs } : {}),
        ...(commit !== undefined ? { tag: commit } : {}),
    };
}
/** At most this many writes in the loop: more means other runs keep changing the tag. */
const MAX_WRITES = 12;
/** Publish (rolling: after moving the tag and deleting the release that holds it), each write read first. */
function releaseStep(deps, context, replacing) {
    const { fields, sha } = context;
    const rollingDetail = replacing
        ? `move ${fields.tag} to ${sha}, delete release ${replacing.id} (${replacing.html_url}), publish`
        : `point ${fields.tag} at ${sha} and publish`;
    return {
        kind: 'publish release',
        target: fields.tag,
        detail: `${context.rolling ? rollingDetail : `make_latest ${fields.makeLatest}`}; each write reads ${fields.tag} and its releases first`,
        apply: () => settle(deps, context),
    };
}
/** The loop: read, choose one write, make it, until this run's release holds the tag or it lost. */
async function settle(deps, context) {
    const { fields, sha, rolling, progress, memory } = context;
    const mineId = progress.release?.id;
    if (mineId === undefined)
        throw new Error('no release to publish');
    const options = {
        sha,
        rolling,
        ...(progress.createdId !== undefined ? { createdId: progress.createdId } : {}),
    };
    const read = () => readTagState(deps, fields.tag, mineId);
    const known = context.knownTag;
    let state = known !== undefined && progress.release ? { mine: progress.release, tag: known } : await read();
    let cleaned = '';
    for (let writes = 0; writes <= MAX_WRITES; writes++) {
        const step = nextStep(state, memory, options);
        switch (step.kind) {
            case 'done':
                progress.release = state.mine;
                progress.published = true;
                return;
            case 'stop': {
                progress.release = state.mine;
                const left = state.mine
                    ? `Left: ${state.mine.draft ? 'draft' : 'release'} ${state.mine.html_url} (id ${state.mine.id}), which this run did not make (a matrix job's or an earlier run's).`
                    : 'Nothing of this run is left.';
                throw new RaceLost(step.loss, fields.tag, sha, state, cleaned ? `${cleaned} ${left}` : left);
            }
            case 'tag-moved':
                progress.release = state.mine;
                progress.published = true;
                throw new action/* UserError */.yo(`the tag ${fields.tag} points at ${state.tag ?? 'nothing (it does not exist)'}, not at ${sha}, the commit whose assets ${state.mine?.html_url ?? 'the release'} holds: another run or a person moved it meanwhile. The published release is wrong for its tag: delete it (or point the tag back at ${sha}) and rerun the job of the commit that should hold ${fields.tag}`);
            case 'compare':
                memory.relations.set(step.release.id, await (deps.lineage ?? (0,src_lineage/* repositoryLineage */.Ol)(deps.github, deps.repo, sha)).relation(step.release, step.base));
                writes--; // a read, not a write
                continue;
            case 'move-tag':
                await (0,github_releases/* moveTag */.mK)(deps.github, deps.repo, fields.tag, step.to, state.tag !== undefined);
                memory.movedTag = true;
                if (step.forRelease !== undefined)
                    memory.movedFor.add(step.forRelease);
                progress.tagMoved = step.to === sha;
                if (step.repair) {
                    deps.log.info(`Pointed ${fields.tag} back at ${step.to}, the commit of the release that holds it`);
                    cleaned = `This run had moved ${fields.tag} and pointed it back at ${step.to}.`;
                }
                break;
            case 'delete':
                await (0,github_releases/* deleteRelease */.lb)(deps.github, deps.repo, step.release.id);
                if (step.own) {
                    progress.release = undefined;
                    cleaned = `${cleaned ? `${cleaned} ` : ''}This run deleted its draft ${step.release.id}.`;
                }
                else {
                    deps.log.info(`Deleted release ${step.release.id} (${step.release.html_url}), which held ${fields.tag}`);
                    progress.oldDeleted = true;
                    progress.replaced = step.release;
                }
                break;
            case 'publish':
                try {
                    progress.release = await (0,github_releases/* publishRelease */.Dl)(deps.github, deps.repo, mineId, fields, true);
                    memory.published = true;
                    progress.published = true;
                    if (known !== undefined)
                        return;
                }
                catch (error) {
                    // Another release took the tag first, or this run's draft is gone: the next read shows which.
                    if (!(0,github_releases/* isTagTaken */._F)(error) && !(0,github_releases/* isNotFound */.c4)(error))
                        throw error;
                    deps.log.info(`Publishing ${fields.tag} was refused (${error.message}): reading it again`);
                }
                break;
        }
        state = await read();
    }
    throw new action/* UserError */.yo(`${fields.tag} and its releases kept changing while this run tried to publish (${MAX_WRITES} writes): other runs are releasing it at the same time. Now: ${describeTag(fields.tag, state)}.`);
}

;// CONCATENATED MODULE: ./build/js/actions/create-release/src/draft.js
/**
 * The draft this run uploads into: made (and then checked against racing runs), or adopted from an
 * earlier run of the same commit and cleared of what a broken upload left.
 */


/**
 * Create the draft, then look again: this commit's oldest draft (or a release a racing job of this
 * commit published) wins, and this commit's other drafts are deleted (each read again first: only
 * while still a draft). Another commit's racing run: on a tag that is not rolling, its draft or
 * release makes this run give up (deleting its own draft); on a rolling tag nothing is decided here:
 * the publish decides (see commit.ts), because a draft says nothing of which run will finish first.
 */
function createDraftStep(deps, fields, progress, options) {
    return {
        kind: 'create draft release',
        target: fields.tag,
        detail: `"${fields.name}" at ${fields.targetCommitish}${fields.prerelease ? ', prerelease' : ''}`,
        async apply() {
            const created = await (0,github_releases/* createDraftRelease */.nv)(deps.github, deps.repo, fields);
            progress.release = created;
            progress.createdId = created.id;
            const now = await (0,github_releases/* releasesForTag */.aD)(deps.github, deps.repo, fields.tag);
            const sha = fields.targetCommitish;
            // This build's: made at this commit (across repositories: recording this build, lineage.ts).
            const same = options.same ?? ((r) => r.target_commitish === sha);
            const raced = now.published && now.published.id !== options.oldId ? now.published : undefined;
            if (!options.rolling) {
                const blocker = raced && !same(raced) ? raced : now.drafts.find((d) => !same(d));
                if (blocker) {
                    await (0,github_releases/* deleteRelease */.lb)(deps.github, deps.repo, created.id);
                    progress.release = undefined;
                    throw new action/* UserError */.yo(`Another run is releasing ${fields.tag} at ${blocker.target_commitish}, not ${sha}: its ${blocker.draft ? 'draft' : 'release'} ${blocker.html_url} (id ${blocker.id}) was made after this run looked. This run deleted its own draft and stops; rerun it once that run is done if this commit should hold the tag.`);
                }
            }
            const mine = now.drafts.filter(same);
            const winner = (raced && same(raced) ? raced : undefined) ?? mine[0] ?? created;
            if (winner.id !== created.id) {
                deps.log.info(`Another run made release ${winner.id} for ${fields.tag} first: using it, deleting draft ${created.id}`);
            }
            // Every run of this commit uploads only into the winner, so its other drafts are leftovers.
            const others = new Set([...mine, created].map((d) => d.id).filter((id) => id !== winner.id));
            for (const id of others)
                await (0,github_releases/* deleteDraft */.Tn)(deps.github, deps.repo, id);
            progress.release = winner;
        },
    };
}
/**
 * Delete drafts this run will not finish: this commit's younger drafts (left by a run killed
 * mid-race) and, for a rolling tag, drafts for commits this one replaces (left by runs of older
 * commits). Each is read again first and deleted only while still a draft: a run that has published
 * it since holds the tag, and the publish step decides about that release.
 */
function deleteStaleDraftsStep(deps, stale) {
    return {
        kind: 'delete stale drafts',
        target: stale.map((d) => d.id).join(', '),
        detail: stale.map((d) => `${d.id} at ${d.target_commitish}`).join(', '),
        async apply() {
            for (const draft of stale) {
                const outcome = await (0,github_releases/* deleteDraft */.Tn)(deps.github, deps.repo, draft.id);
                if (outcome === 'published') {
                    deps.log.info(`Draft ${draft.id} was published meanwhile (another run): not deleted`);
                }
            }
        },
    };
}
/**
 * Adopt this commit's draft: its uploaded assets stay (a matrix job's siblings uploaded them, or an
 * earlier attempt of this run did: files with the same name are checked by digest when uploaded),
 * and assets a broken upload left (`starter`) are deleted, whatever their name. An `open` asset is an
 * upload in flight — a sibling job's, which completes into this release — and is left alone (one
 * with the name of a file of this run is replaced by that file's upload step).
 */
function adoptDraftStep(deps, draft, progress) {
    const broken = draft.assets.filter((a) => a.state === 'starter');
    return {
        kind: 'reuse draft',
        target: String(draft.id),
        detail: `${draft.assets.length - broken.length} assets kept${broken.length ? `, ${broken.length} unfinished deleted (${broken.map((a) => a.name).join(', ')})` : ''}`,
        async apply() {
            for (const asset of broken)
                await (0,github_releases/* deleteAsset */.AO)(deps.github, deps.repo, asset.id);
            draft.assets = draft.assets.filter((a) => a.state === 'uploaded');
            progress.release = draft;
        },
    };
}

;// CONCATENATED MODULE: ./build/js/actions/create-release/src/report.js
/** What a run tells: outputs, the job summary's asset table, and after a failure the state it left. */

/** The action's outputs from what was done. */
function outputsOf(inputs, progress, replaced = false) {
    const release = progress.release;
    return {
        id: release ? String(release.id) : '',
        url: release?.html_url ?? '',
        'upload-url': release?.upload_url ?? '',
        tag: inputs.tag,
        // The published release's view: a draft's download URLs name `untagged-<id>`, not the tag.
        assets: progress.uploaded.map(({ asset, remote }) => {
            const now = release?.assets.find((a) => a.id === remote.id) ?? remote;
            return { name: now.name, size: now.size, sha256: asset.sha256, url: now.browser_download_url };
        }),
        replaced,
    };
}
function size(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes;
    let unit = -1;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
/** Heading, facts and the table of assets with sizes and digests. */
function summarize(summary, inputs, progress, state) {
    summary.heading(`Release ${inputs.tag}: ${state}`);
    summary.facts({
        release: progress.release?.html_url,
        title: inputs.title,
        prerelease: inputs.prerelease ? 'yes' : 'no',
        'rolling tag': inputs.rolling ? 'yes (replaces the previous release)' : undefined,
    });
    summary.table(['asset', 'size', 'sha256', 'status'], progress.uploaded.map(({ asset, kept }) => [
        asset.name,
        size(asset.size),
        asset.sha256,
        kept ? 'kept' : 'uploaded',
    ]));
}
/**
 * After a failure: exactly what is left and how to finish. KM's script deleted the half-made
 * release; a draft is kept instead, because a rerun then resumes (finished assets are kept by digest)
 * and nothing public changed: a draft has no tag and nobody downloads from it.
 */
function explainFailure(inputs, progress, old, error) {
    const release = progress.release;
    const parts = [`Release ${inputs.tag} is not finished: ${(0,action/* describeError */.Uc)(error)}.`];
    if (!release) {
        parts.push('Nothing was created.');
    }
    else if (progress.published) {
        parts.push(`Left: the published release ${release.html_url} (id ${release.id}).`);
    }
    else {
        const done = progress.uploaded.map((u) => u.asset.name);
        parts.push(`Left: draft release ${release.html_url} (id ${release.id}) with ${done.length ? done.join(', ') : 'no assets'} verified.`);
    }
    // The commit the tag was moved to: the draft's (in another repository the target is found there).
    const at = release?.target_commitish ?? inputs.target;
    if (old) {
        if (progress.oldDeleted)
            parts.push(`The previous release was deleted and the tag points at ${at}: until the draft is published the tag has no release.`);
        else if (progress.tagMoved)
            parts.push(`The tag already points at ${at}; the previous release ${old.html_url} is still published with its assets.`);
        else
            parts.push(`The tag and the previous release ${old.html_url} are untouched.`);
    }
    else if (!progress.published) {
        parts.push('The tag was not created or moved.');
    }
    if (progress.published)
        return new action/* UserError */.yo(parts.join(' '), { cause: error });
    parts.push('Rerun the job to finish: it reuses the draft, keeps every asset already uploaded with the right digest, replaces broken ones and never makes a second release. To abandon instead, delete the draft.');
    return new action/* UserError */.yo(parts.join(' '), { cause: error });
}

;// CONCATENATED MODULE: ./build/js/actions/create-release/src/release.js
/**
 * The release itself (seed 000, KM `make publish-release`; seed 003 §6–7: the docs archive and the
 * Helm chart attached, the CHANGELOG section as the description). Plan, create the draft, upload the
 * assets, then publish (rolling tag: move the tag, delete the old release, publish, each write read
 * first: commit.ts). Everything a crash can leave, a rerun finishes. Into another repository too:
 * the target there is its default-branch head, and the build is recorded in the body (lineage.ts).
 */














const release_FULL_SHA = /^[0-9a-f]{40}$/i;
async function makeRelease(inputs, deps, where) {
    const { log, github, context } = deps;
    const { repo, other } = where;
    log.info(`Releasing ${inputs.tag} (from the ${inputs.tagSource}${inputs.rolling ? ', a rolling tag' : ''})${other ? ` into ${other.fullName}` : ''}`);
    const files = await (0,src_files/* resolveAssetFiles */.Om)(inputs.files, {
        workspace: inputs.workspace,
        roots: inputs.roots,
        failOnUnmatched: inputs.failOnUnmatched,
        ...(inputs.checksums ? { reserved: inputs.checksums } : {}),
        log,
    });
    // A run on a (non-rolling) tag knows the tag's commit; otherwise it is asked (a tag must not be
    // released at a commit other than the one this run built, and a rolling tag may have moved on).
    const [found, tagSha] = await Promise.all([
        (0,github_releases/* releasesForTag */.aD)(github, repo, inputs.tag),
        inputs.tagIsRunRef ? inputs.target : (0,github_releases/* tagCommit */.eF)(github, repo, inputs.tag),
    ]);
    // A file is hashed now only when an asset of its name is there already (to keep it if it is the
    // same); the others are hashed as they are uploaded, so a 1 GiB file is read once, not twice.
    const [, targetSha] = await Promise.all([
        (0,src_files/* hashAssetFiles */._D)((0,src_files/* hashFilesFirst */.Ee)(files, [found.published, ...found.drafts], inputs.dryRun)),
        targetCommit(github, where, inputs, tagSha),
    ]);
    const lineage = other
        ? (0,src_lineage/* crossRepositoryLineage */.Ws)({
            github,
            repo,
            targetSha,
            source: { repository: context.repository, sha: context.sha, serverUrl: context.serverUrl },
            sourceGithub: deps.sourceGithub ?? github,
            log,
        })
        : (0,src_lineage/* repositoryLineage */.Ol)(github, repo, targetSha);
    if (inputs.rolling && inputs.ranOnTag && tagSha !== undefined && tagSha !== context.sha) {
        throw new action/* UserError */.yo(`This run was triggered by the rolling tag ${inputs.tag} at ${context.sha}, but ${inputs.tag} now points at ${tagSha}: the tag has moved on since (is this a rerun of an older run?). A rerun never moves a rolling tag backwards: nothing was changed. Run the workflow on the newest commit instead.`);
    }
    if (!inputs.rolling && tagSha !== undefined && tagSha !== targetSha) {
        throw new action/* UserError */.yo(`The tag ${inputs.tag} points at ${tagSha}, not at ${targetSha}, the commit this run releases. A tag is never moved for a release: run on the tag, or set target-commitish to its commit.`);
    }
    const decision = decide(found, {
        tag: inputs.tag,
        rolling: inputs.rolling,
        files,
        ...(inputs.checksums ? { checksums: inputs.checksums } : {}),
        ...(tagSha !== undefined ? { tagSha } : {}),
        targetSha,
        ...(lineage.crossRepository ? { same: (r) => lineage.same(r) } : {}),
    });
    // Replacing a rolling release with another commit's: one compare, so that a rerun of an older run
    // (from a branch, falling back to the rolling tag) does not move the tag backwards.
    const replaced = decision.kind === 'release' ? decision.replace : undefined;
    const memory = { relations: new Map(), movedFor: new Set(), movedTag: false, published: false };
    if (replaced && tagSha !== undefined) {
        const { relation, unplaced } = await lineage.place(replaced, tagSha);
        if (unplaced && relation === 'behind') {
            throw new action/* UserError */.yo(`The rolling tag ${inputs.tag} holds a release (${replaced.html_url}) built from a commit this run cannot place: ${unplaced}. It may be a newer build (or one of diverged history), and a rolling release is never replaced by a build that may be older: nothing was changed. Run the workflow on the newest commit; to replace that release with this build on purpose, delete it (the tag stays) and rerun.`);
        }
        const theirs = lineage.crossRepository ? (0,src_lineage/* recordedBuild */.Z1)(replaced.body) : undefined;
        const builds = theirs?.repository && theirs.sha
            ? { theirs: `${theirs.repository}@${theirs.sha}`, mine: `${context.repository}@${context.sha}` }
            : undefined;
        refuseBackwards(relation, {
            tag: inputs.tag,
            release: replaced,
            tagSha,
            targetSha,
            ...(builds ? { builds } : {}),
        });
        memory.relations.set(replaced.id, relation);
    }
    if (decision.kind === 'done')
        return alreadyReleased(inputs, deps, decision.release, files, decision.unverified);
    refuseTooManyAssets(decision, files, inputs.checksums);
    const stale = await staleToDelete(lineage, decision.stale, targetSha, log);
    const fields = {
        tag: inputs.tag,
        targetCommitish: targetSha,
        name: inputs.title,
        body: inputs.body,
        prerelease: inputs.prerelease,
        makeLatest: inputs.makeLatest,
    };
    const stepDeps = {
        github,
        repo,
        token: inputs.token,
        apiUrl: context.apiUrl,
        log,
        ...(deps.retry ? { retry: deps.retry } : {}),
        lineage,
    };
    const progress = { uploaded: [], tagMoved: false, oldDeleted: false, published: false };
    const plan = new Plan();
    if (stale.length)
        plan.add(deleteStaleDraftsStep(stepDeps, stale));
    if (decision.draft) {
        const what = decision.draft.draft
            ? `Reusing draft ${decision.draft.id}`
            : `Adding this run's files to the published release ${decision.draft.id} (a matrix job's or an earlier run's)`;
        log.info(`${what} for ${inputs.tag} at ${targetSha} (${decision.draft.assets.length} assets already there)`);
        plan.add(adoptDraftStep(stepDeps, decision.draft, progress));
    }
    else {
        const oldId = replaced?.id;
        plan.add(createDraftStep(stepDeps, fields, progress, {
            ...(oldId !== undefined ? { oldId } : {}),
            rolling: inputs.rolling,
            ...(lineage.crossRepository ? { same: (r) => lineage.same(r) } : {}),
        }));
    }
    for (const asset of files)
        plan.add(uploadStep(stepDeps, asset, progress));
    if (inputs.checksums) {
        plan.add(checksumsStep(stepDeps, inputs.checksums, files, progress, inputs.runnerTemp));
    }
    if (inputs.publish) {
        // A tag that is not rolling, known to be at this commit: nothing moves it, so no read before
        // publishing nor after (a publish another release beat is refused, and then read).
        const knownTag = !inputs.rolling && tagSha === targetSha ? tagSha : undefined;
        const release = { fields, sha: targetSha, rolling: inputs.rolling, progress, memory };
        plan.add(releaseStep(stepDeps, knownTag ? { ...release, knownTag } : release, replaced));
    }
    else {
        plan.add(updateDraftStep(stepDeps, fields, progress));
    }
    try {
        await executePlan(plan, { dryRun: inputs.dryRun, log });
    }
    catch (error) {
        summarize(deps.summary, inputs, progress, 'failed');
        const lost = await failure(inputs, stepDeps, targetSha, progress, replaced, error);
        const refused = other && !progress.release ? (0,target/* refusedWrite */.yN)(error) : undefined;
        throw refused ? (0,target/* tokenCannotWrite */.kz)(repo, context, refused) : lost;
    }
    if (inputs.dryRun) {
        deps.summary.heading(`Release ${inputs.tag} (dry run)`).paragraph(plan.lines().join('\n'));
        return { outputs: { tag: inputs.tag, replaced: false } };
    }
    summarize(deps.summary, inputs, progress, progress.published ? 'published' : 'draft');
    const published = progress.published ? progress.release?.id : undefined;
    const url = progress.release?.html_url ?? '';
    return {
        outputs: outputsOf(inputs, progress, progress.oldDeleted),
        ...(published !== undefined ? { publishedId: published } : {}),
        changed: progress.published ? `published ${inputs.tag} (${url})` : `made the draft ${url}`,
    };
}
/**
 * The commit to release, full sha. GITHUB_SHA is the workflow's own commit; a target-commitish input
 * is looked up before anything is written (a commit GitHub does not know would fail the first write).
 * In another repository GITHUB_SHA does not exist: an existing tag that is not rolling stays where it
 * is (a tag is never moved for a release), anything else goes to the default branch's head.
 */
async function targetCommit(github, { repo, other }, inputs, tagSha) {
    if (other && !inputs.targetGiven) {
        if (!inputs.rolling && tagSha !== undefined)
            return tagSha;
        return (0,target/* defaultBranchHead */.Sk)(github, repo, other);
    }
    const full = release_FULL_SHA.test(inputs.target) ? inputs.target.toLowerCase() : undefined;
    if (full && (!inputs.targetGiven || full === tagSha))
        return full;
    const sha = await (0,github_releases/* findCommit */.fq)(github, repo, inputs.target);
    if (sha === undefined) {
        throw new action/* InputError */.dz('target-commitish', inputs.target, `a commit, branch or tag of ${repo.owner}/${repo.repo} (GitHub has no commit ${inputs.target} there)`);
    }
    return sha;
}
/**
 * The stale drafts to delete, less those made by a newer build (this run's is `behind` theirs) and
 * those whose build cannot be placed (an opaque marker not in this run's history, a source the token
 * cannot read): such a draft may be a newer run's in progress, and this run would never replace its
 * release either. Drafts of this build and of older or diverged builds go (compared once per commit).
 */
async function staleToDelete(lineage, stale, targetSha, log) {
    const doomed = [];
    for (const draft of stale) {
        const commit = draft.target_commitish;
        const { relation, unplaced } = await lineage.place(draft, commit);
        if (unplaced) {
            log.info(`Leaving draft ${draft.id}: it was built from a commit this run cannot place (${unplaced}), so it may be a newer run's in progress; delete it by hand if it is not`);
        }
        else if (relation === 'behind') {
            log.info(`Leaving draft ${draft.id}: it is for ${commit}, a newer ${lineage.crossRepository ? 'build' : 'commit'} than ${targetSha} (perhaps a run in progress)`);
        }
        else
            doomed.push(draft);
    }
    return doomed;
}
/** A published release already holds exactly these assets at this commit: report it, change nothing. */
function alreadyReleased(inputs, deps, release, files, unverified) {
    deps.log.info(`${release.html_url} already holds every asset with the same digest: nothing to do.`);
    if (unverified) {
        deps.log.warning(`GitHub reported no sha256 digests for ${release.html_url}: its assets match by name and size only; their content could not be checked`);
    }
    const progress = { release, uploaded: [], tagMoved: false, oldDeleted: false, published: true };
    for (const remote of release.assets) {
        const file = files.find((f) => f.name === remote.name);
        const asset = file ?? {
            path: '',
            name: remote.name,
            size: remote.size,
            sha256: (0,github_assets/* sha256OfDigest */.NV)(remote.digest) ?? '',
        };
        if (file || remote.name === inputs.checksums)
            progress.uploaded.push({ asset, remote, kept: true });
    }
    summarize(deps.summary, inputs, progress, 'already released');
    return { outputs: outputsOf(inputs, progress), publishedId: release.id };
}
/**
 * The error to end with. A run that lost a race says what exists instead; so does a run whose draft
 * another run deleted while it uploaded (read again here: the upload only saw a 404).
 */
async function failure(inputs, deps, sha, progress, old, error) {
    const cause = error instanceof PlanError ? error.cause : error;
    if (cause instanceof RaceLost)
        return cause;
    const draft = progress.release;
    if (draft && !progress.published) {
        const now = await readTagState(deps, inputs.tag, draft.id).catch(() => undefined);
        if (now && !now.mine) {
            progress.release = undefined;
            return new RaceLost('draft-deleted', inputs.tag, sha, now, 'Nothing of this run is left.');
        }
    }
    return explainFailure(inputs, progress, progress.replaced ?? old, error);
}

;// CONCATENATED MODULE: ./build/js/actions/create-release/src/run.js
/**
 * create-release: the GitHub release for a tag (release.ts), into the workflow's repository or
 * another one (`repository`: KM builds in its private sources and releases into the public
 * km-releases), then, in the same step or on their own (`release: false`), the deletion of one
 * release on purpose (`delete`) and of stale ones (`prune`; cleanup.ts). Inputs are all checked before
 * the first write; the target repository is read before it too.
 */




async function run(inputs, deps) {
    const { context, github } = deps;
    const source = { owner: context.owner, repo: context.repo };
    const repo = inputs.repository ?? source;
    // Another repository: visible to the token, which must not be known to be refused its pushes.
    let other;
    if (inputs.repository)
        other = await (0,target/* checkTarget */.e$)(github, repo, source);
    let outputs = { repository: other?.fullName ?? (0,target/* fullName */.fq)(repo) };
    let publishedId;
    const changed = [];
    if (!inputs.noRelease) {
        const released = await makeRelease(inputs, deps, { repo, ...(other ? { other } : {}) });
        outputs = { ...outputs, ...released.outputs };
        publishedId = released.publishedId;
        if (released.changed && !inputs.dryRun)
            changed.push(released.changed);
    }
    const cleanup = inputs.cleanup;
    if (!cleanup?.deletion && !cleanup?.prune)
        return outputs;
    deps.emit?.(outputs);
    const cleanupDeps = {
        github,
        repo,
        source,
        log: deps.log,
        summary: deps.summary,
        dryRun: inputs.dryRun,
        allowDeleteLatest: cleanup.allowDeleteLatest,
        ...(publishedId !== undefined ? { publishedId } : {}),
    };
    // The delete and the prune each run whatever the other did: a refused delete must not keep the
    // stale releases, nor a failed prune the release asked for by name. The step fails at the end.
    const failures = [];
    const parts = [];
    const { deletion, prune: pruning } = cleanup;
    if (deletion)
        parts.push(() => deleteOne(cleanupDeps, deletion));
    if (pruning)
        parts.push(() => prune(cleanupDeps, pruning));
    for (const part of parts) {
        let result;
        try {
            result = await part();
        }
        catch (error) {
            failures.push(error);
            continue;
        }
        outputs = { ...outputs, ...result.outputs };
        changed.push(...result.changed);
        if (result.failure)
            failures.push(result.failure);
    }
    if (failures.length === 0)
        return outputs;
    deps.emit?.(outputs);
    // One failure and nothing written: its own message (a token that cannot write says so) is the story.
    const [only] = failures;
    if (only && failures.length === 1 && changed.length === 0 && !(only instanceof Refusal))
        throw only;
    const what = changed.length ? `This step changed: ${changed.join('; ')}.` : 'Nothing was changed.';
    throw new action/* UserError */.yo(`${failures.map((f) => f.message).join(' ')} ${what}`);
}


/***/ }),

/***/ 3954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ DEFAULT_ROLLING),
/* harmony export */   FI: () => (/* binding */ acceptable),
/* harmony export */   KU: () => (/* binding */ releaseTitle),
/* harmony export */   fn: () => (/* binding */ resolveTag),
/* harmony export */   m$: () => (/* binding */ isRolling),
/* harmony export */   os: () => (/* binding */ invalidRefName),
/* harmony export */   su: () => (/* binding */ looksLikePrerelease),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony exports followsPattern, tagFromRef */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/**
 * Which tag a run releases, as KM's release script decides it: the `tag` input, else the tag the
 * workflow runs on (`refs/tags/v0.9-beta`), else the tag a release branch names
 * (`refs/heads/releases/v0.9-beta/x` → `v0.9-beta`), else the fallback tag (KM: rolling `v0.1-test`).
 * Pure functions: the table tests in test/unit/create-release-tag.test.ts cover them.
 */

const DEFAULT_ROLLING = ['v0.1-test', '*-daily', '*-edge'];
/** True when the tag follows the policy's pattern. */
function followsPattern(tag, pattern) {
    if (pattern === 'semver')
        return /^v\d/.test(tag) && semver__WEBPACK_IMPORTED_MODULE_0__.valid(tag.slice(1)) !== null;
    pattern.lastIndex = 0;
    return pattern.test(tag);
}
/** A glob with `*` (any run of characters) as a whole-string regular expression. */
function globToRegExp(glob) {
    const body = glob
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${body}$`);
}
/** True when the tag is a rolling one (its release is replaced on every run). */
function isRolling(tag, rolling) {
    return rolling.some((glob) => globToRegExp(glob).test(tag));
}
/** A tag acceptable under the policy: it follows the pattern or is one of the rolling tags. */
function acceptable(tag, policy) {
    return followsPattern(tag, policy.pattern) || isRolling(tag, policy.rolling);
}
/**
 * The tag the ref names, if any: a tag ref, or the second part of a `releases/<tag>/<topic>` branch
 * when that part is a tag under the policy or looks like a version (`v` and a digit: `releases/v1.2/x`
 * names v1.2, which the caller then refuses if the policy does). A part like KM's
 * `releases/beta/snapshot-api` names no tag, so such a branch gets the fallback.
 */
function tagFromRef(ref, policy) {
    if (ref.startsWith('refs/tags/'))
        return { tag: ref.slice('refs/tags/'.length), source: 'tag ref' };
    const branch = /^refs\/heads\/releases\/([^/]+)\/.+$/.exec(ref);
    const part = branch?.[1];
    if (part && (acceptable(part, policy) || /^v\d/i.test(part)))
        return { tag: part, source: 'release branch' };
    return undefined;
}
/** The tag to release: the input, else the ref's, else the fallback; undefined when none applies. */
function resolveTag(input, ref, policy) {
    if (input !== undefined)
        return { tag: input, source: 'input' };
    const fromRef = tagFromRef(ref, policy);
    if (fromRef)
        return fromRef;
    return policy.fallback !== undefined ? { tag: policy.fallback, source: 'fallback' } : undefined;
}
/**
 * A prerelease by its name: a SemVer prerelease (`v1.2.0-rc.1`), or a non-SemVer tag with a suffix
 * after its version numbers (`v0.9-beta`, `v0.10-daily`).
 */
function looksLikePrerelease(tag) {
    const version = tag.replace(/^v(?=\d)/i, '');
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0__.parse(version);
    if (parsed)
        return parsed.prerelease.length > 0;
    return /^\d+(\.\d+)*-./.test(version);
}
/** The release title from a template: `{tag}` and `{version}` (the tag without its `v`). */
function releaseTitle(template, tag) {
    return template.replace(/\{tag\}/g, tag).replace(/\{version\}/g, tag.replace(/^v(?=\d)/i, ''));
}
/** Names git refuses as tags (`git check-ref-format`), checked without git. */
function invalidRefName(tag) {
    return (tag === '' ||
        tag === '@' ||
        /[\s~^:?*[\\]/.test(tag) ||
        [...tag].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) ||
        tag.includes('..') ||
        tag.includes('@{') ||
        tag.includes('//') ||
        /(^|\/)\./.test(tag) ||
        /\.lock(\/|$)/.test(tag) ||
        /[./]$/.test(tag) ||
        tag.startsWith('/') ||
        tag.startsWith('-'));
}


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e$: () => (/* binding */ checkTarget),
  Sk: () => (/* binding */ defaultBranchHead),
  fq: () => (/* binding */ fullName),
  yN: () => (/* binding */ refusedWrite),
  RB: () => (/* binding */ sameRepository),
  kz: () => (/* binding */ tokenCannotWrite)
});

// EXTERNAL MODULE: ./build/js/shared/src/action/index.js + 6 modules
var action = __nccwpck_require__(3540);
// EXTERNAL MODULE: ./build/js/shared/src/github/releases.js
var releases = __nccwpck_require__(8693);
;// CONCATENATED MODULE: ./build/js/shared/src/github/repository.js
/** The repository, or undefined when the token cannot see it (GitHub answers 404). */
async function readRepository(client, { owner, repo }) {
    try {
        const { data } = await client.rest.repos.get({ owner, repo });
        const push = data.permissions?.push;
        return {
            fullName: data.full_name,
            defaultBranch: data.default_branch,
            private: data.private,
            ...(push !== undefined ? { push } : {}),
        };
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/js/actions/create-release/src/target.js
/**
 * The repository releases are made in (`repository`; KM: its private sources release into the
 * public kontainapp/km-releases) and what a token needs to write there. Checked before anything is
 * written: a token that cannot see it, or that GitHub says may not push, stops the run naming what
 * token to use instead.
 */



const fullName = (repo) => `${repo.owner}/${repo.repo}`;
/** The same repository (GitHub's names are case-insensitive). */
const sameRepository = (a, b) => fullName(a).toLowerCase() === fullName(b).toLowerCase();
/**
 * The sentence for a token that may not write `target`: GITHUB_TOKEN writes only the repository its
 * workflow runs in, whatever `permissions:` grant; another repository needs a token of its own with
 * "Contents: write" there (GitHub's REST reference lists that permission for creating, updating and
 * deleting releases and their assets, and for git refs).
 */
function tokenCannotWrite(target, source, answer, left) {
    const there = fullName(target);
    return new action/* UserError */.yo([
        `The token cannot write to ${there}: ${answer}.`,
        `A workflow's GITHUB_TOKEN can write only the repository the workflow runs in (${fullName(source)}), whatever its permissions: block grants.`,
        `To release into ${there}, pass as token one that may write there: a GitHub App installation token (actions/create-github-app-token with repositories: ${target.repo} and permission-contents: write, the App installed on ${there}), or a fine-grained personal access token with the repository permission "Contents: write" on ${there} (a classic token needs the repo scope, public_repo for a public repository).`,
        left ?? 'Nothing was changed.',
    ].join(' '));
}
/** The answer behind a refused write, or undefined when the error is not 403 or 404. */
function refusedWrite(error) {
    for (let at = error, depth = 0; at && depth < 5; depth++) {
        const { status, message, request } = at;
        if (status === 403 || status === 404) {
            const to = request?.method && request.url ? ` to ${request.method} ${request.url}` : '';
            return `GitHub answered ${String(status)} ${String(message)}${to}`;
        }
        at = at.cause;
    }
    return undefined;
}
/**
 * Read the target repository before anything is written: undefined for the workflow's own one (the
 * job's `permissions:` decide there). Another one must be visible to the token, and not known to
 * refuse its pushes.
 */
async function checkTarget(github, target, source) {
    const info = await readRepository(github, target);
    if (!info) {
        throw tokenCannotWrite(target, source, `GitHub answers 404 to GET /repos/${fullName(target)} (no such repository, or a private one this token cannot see)`);
    }
    if (info.push === false) {
        throw tokenCannotWrite(target, source, `GitHub says the token may not push there (permissions.push is false for ${info.fullName})`);
    }
    return info;
}
/** The head of the repository's default branch, as a full sha (where a new tag is made there). */
async function defaultBranchHead(github, target, info) {
    const sha = await (0,releases/* findCommit */.fq)(github, target, info.defaultBranch);
    if (sha === undefined) {
        throw new action/* UserError */.yo(`${info.fullName} has no commit on its default branch ${info.defaultBranch}: a release there needs a commit for its tag (push one, or set target-commitish)`);
    }
    return sha;
}


/***/ }),

/***/ 4691:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Two kinds of failure: the user's (an input that cannot work — reported as one clear sentence, no
 * stack trace) and everything else (reported with its cause chain so it can be diagnosed).
 */
/** A user mistake in an input: names the input, the value received and what was expected. */
class InputError extends Error {
    input;
    value;
    expected;
    name = 'InputError';
    constructor(input, value, expected) {
        super(`Input '${input}' ${value === '' ? 'is empty' : `got ${quote(value)}`}: expected ${expected}`);
        this.input = input;
        this.value = value;
        this.expected = expected;
    }
}
/**
 * A failure the user can act on that is not one input's value (a release that already exists, a tag
 * that would move). Reported like InputError: one clear message, no stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
/** True for errors whose message is the whole story for the user. */
function isUserError(error) {
    return error instanceof InputError || error instanceof UserError;
}
/** The message of an error followed by its causes: `a: b: c`. */
function describeError(error) {
    const parts = [];
    let current = error;
    for (let depth = 0; current !== undefined && current !== null && depth < 8; depth++) {
        if (current instanceof Error) {
            parts.push(httpContext(current) + (current.message || current.name));
            current = current.cause;
        }
        else {
            parts.push(typeof current === 'string' ? current : (JSON.stringify(current) ?? typeof current));
            break;
        }
    }
    return parts.join(': caused by: ');
}
/** `GitHub answered 404 to GET https://…: ` for octokit's RequestError (it has status and request). */
function httpContext(error) {
    const { status, request } = error;
    if (typeof status !== 'number' || !request?.method || !request.url)
        return '';
    return `GitHub answered ${status} to ${request.method} ${request.url}: `;
}
function quote(value) {
    const shown = value.length > 200 ? `${value.slice(0, 200)}…` : value;
    return JSON.stringify(shown);
}


/***/ }),

/***/ 3540:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  Uc: () => (/* reexport */ errors/* describeError */.Uc),
  Vt: () => (/* reexport */ getBooleanInput),
  iv: () => (/* reexport */ getEnumInput),
  DF: () => (/* reexport */ getListInput),
  q3: () => (/* reexport */ getMultilineInput),
  lI: () => (/* reexport */ getOptionalInput),
  K1: () => (/* reexport */ getRequiredInput),
  gi: () => (/* reexport */ readRunnerContext),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: JobSummary, isUserError, maskSecret, runnerLogger

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./build/js/shared/src/log.js
/**
 * The logger every module takes as an argument. Only shared/src/action binds it to @actions/core;
 * tests use the memory logger below.
 */

/** Keeps every line, for tests of pure logic. */
class MemoryLogger {
    lines = [];
    info(message) {
        this.lines.push(message);
    }
    warning(message) {
        this.lines.push(`warning: ${message}`);
    }
    error(message) {
        this.lines.push(`error: ${message}`);
    }
    debug(message) {
        this.lines.push(`debug: ${message}`);
    }
    async group(name, fn) {
        this.lines.push(`group: ${name}`);
        return fn();
    }
}
/**
 * Would the runner take a line of `text` as a workflow command? Its rule (actions/runner,
 * ActionCommand.cs and OutputManager.cs): lines end at \n, \r or \r\n; a line is a `::name::` command
 * when it starts with `::` once leading whitespace is trimmed (.NET's whitespace, within \s and U+0085), and
 * a legacy `##[name]` command wherever `##[` appears in it. Erring on the safe side, any such line
 * counts, whether or not `name` is a command the runner knows.
 */
function hasCommandLine(text) {
    return text.split(/\r\n|\r|\n/).some((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}
/**
 * `text` made safe to print on the runner's log: unchanged when no line of it could be a workflow
 * command, otherwise printed verbatim between `::stop-commands::TOKEN` and `::TOKEN::`, the runner's
 * own way to show untrusted text (GitHub's "Stopping and starting workflow commands"). The token is
 * random per call, so the text cannot end the pause and run its own commands after it.
 */
function withoutWorkflowCommands(text) {
    if (!hasCommandLine(text))
        return text;
    let token;
    do
        token = `release-actions-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    while (text.includes(token));
    return `::stop-commands::${token}\n${text}\n::${token}::`;
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/outputs.js
/**
 * Everything an action says to the runner: log lines, workflow commands (masks, annotations, groups),
 * outputs and the job summary. The one file that prints.
 *
 * The same protocol as @actions/core, proven against it; without its eager OIDC client. Importing
 * @actions/core loads that client, and with it @actions/http-client, its bundled undici and `tunnel`
 * — a third of a bundle's bytes and ~25 ms of every start, for a token none of these actions asks
 * for. The protocol is small and documented (GitHub's "Workflow commands for GitHub Actions"), so it
 * is written here, and test/unit/action/core-protocol.test.ts drives @actions/core (kept as a
 * dependency for that) and these functions over the same cases: inputs, the GITHUB_OUTPUT heredoc,
 * add-mask, annotations and their escaping, groups, debug lines, setFailed's exit code, the job
 * summary's append. The bytes are the same, but where we differ on purpose, each case saying why:
 * info text the runner would execute is printed with commands stopped around it; an empty secret
 * registers no mask; an undefined output is left out; a blank required input is empty. The e2e tests
 * read the log back as actions/runner does (test/harness/commands.ts).
 */





/** `%`, CR and LF escaped, as the runner unescapes a command's data. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value additionally escapes `:` and `,`, which separate properties. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Print `::name key=value,…::message` (properties without a value left out). */
function issueCommand(name, message, properties = {}) {
    const props = Object.entries(properties)
        // As @actions/core does: a property without a value (or 0) is left out.
        .filter((entry) => Boolean(entry[1]))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** An annotation's properties as the runner names them. */
function annotationProperties(annotation = {}) {
    return { title: annotation.title, file: annotation.file, line: annotation.startLine };
}
/** Append `name<<DELIMITER` … to a file command (GITHUB_OUTPUT), the delimiter random and absent from both. */
function appendFileCommand(variable, name, value) {
    const path = process.env[variable];
    if (!path) {
        // A runner always sets it; outside one, print the old command so the value is not lost (on a
        // line of its own, as @actions/core does, whatever was printed before it).
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', value, { name });
        return;
    }
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path} (${variable})`);
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/** Register a value the runner masks in every later line of the log. */
function outputs_addMask(value) {
    issueCommand('add-mask', value);
}
/** Fail the step: exit code 1 and the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    issueCommand('error', message);
}
/** Set outputs: strings as they are, numbers and booleans as text, lists and objects as JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        appendFileCommand('GITHUB_OUTPUT', name, typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
}
/**
 * The logger bound to the runner's log: annotations, groups, debug lines. No message can start a
 * workflow command: the newlines of annotations, debug lines and group names are escaped (each is one
 * `::command::` line), and an info line that could be read as a command is printed with commands
 * paused around it.
 */
const runnerLogger = {
    info: (message) => void process.stdout.write(`${withoutWorkflowCommands(message)}${external_node_os_namespaceObject.EOL}`),
    warning: (message, annotation) => issueCommand('warning', message, annotationProperties(annotation)),
    error: (message, annotation) => issueCommand('error', message, annotationProperties(annotation)),
    debug: (message) => issueCommand('debug', message),
    group: async (name, fn) => {
        issueCommand('group', name);
        try {
            return await fn();
        }
        finally {
            issueCommand('endgroup', '');
        }
    },
};
/**
 * A job summary built up while the action runs and written once at the end (also on failure, so a
 * person sees how far it got). Cells, headings and facts are plain text: HTML and markdown markup in
 * them are escaped.
 */
class JobSummary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${escapeCell(text)}\n`);
        return this;
    }
    paragraph(markdown) {
        this.parts.push(`${markdown}\n`);
        return this;
    }
    table(header, rows) {
        if (rows.length === 0)
            return this;
        const line = (cells) => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
        this.parts.push([line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    /** Key/value facts as a bullet list (`- **range**: v1.0.0 … v1.1.0`); empty values left out. */
    facts(entries) {
        const lines = Object.entries(entries)
            .filter((e) => e[1] !== undefined && e[1] !== '')
            .map(([key, value]) => `- **${escapeCell(key)}**: ${escapeCell(String(value))}`);
        if (lines.length)
            this.parts.push(`${lines.join('\n')}\n`);
        return this;
    }
    /** Markdown shown folded under a summary line (a section's text, a long list). */
    details(summary, markdown) {
        // The markdown renders as markdown, but cannot close the block it sits in.
        const inner = markdown.trim().replace(/<\/details/gi, '&lt;/details');
        this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${inner}\n\n</details>\n`);
        return this;
    }
    get isEmpty() {
        return this.parts.length === 0;
    }
    toMarkdown() {
        return this.parts.join('\n');
    }
    /** Append to GITHUB_STEP_SUMMARY when the runner provides one. */
    async write() {
        const path = process.env.GITHUB_STEP_SUMMARY;
        if (this.isEmpty || !path)
            return;
        try {
            await (0,promises_.access)(path, promises_.constants.R_OK | promises_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
        }
        await (0,promises_.appendFile)(path, `${this.toMarkdown()}${external_node_os_namespaceObject.EOL}`, 'utf8');
    }
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Text for a table cell or heading: no markup survives (a PR title is not ours to render). */
function escapeCell(text) {
    return escapeHtml(text)
        .replace(/([\\`*_[\]|#])/g, '\\$1')
        .replace(/\r?\n/g, '<br>');
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/inputs.js
/**
 * Typed input getters. Every action reads its inputs only through these, with the input's name as a
 * string literal first argument: the static checks match those names against action.yml.
 */


/** The input as the runner passes it (INPUT_<NAME>, spaces as `_`), trimmed. */
function raw(name, options = {}) {
    const value = (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    if (options.secret && value !== '')
        outputs_addMask(value);
    return value;
}
/** A required input; InputError when empty. */
function getRequiredInput(name, options) {
    const value = raw(name, options);
    if (value === '')
        throw new errors/* InputError */.dz(name, '', 'a value (this input is required)');
    return value;
}
/** An optional input; undefined (not '') when empty. */
function getOptionalInput(name, options) {
    const value = raw(name, options);
    return value === '' ? undefined : value;
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** A YAML 1.2 boolean (`true`/`false` in any of its three spellings); `fallback` when empty. */
function getBooleanInput(name, fallback = false) {
    const value = raw(name);
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* InputError */.dz(name, value, 'true or false');
}
/** A list given one item per line or comma-separated; empty items dropped. */
function getListInput(name) {
    return raw(name)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** One item per line (commas kept, for globs and paths); empty lines dropped. */
function getMultilineInput(name) {
    return raw(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
}
/** One of a fixed set of values; `fallback` when empty. */
function getEnumInput(name, allowed, fallback) {
    const value = raw(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.dz(name, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}
/** Register a value computed at run time (a derived token) so the log masks it. */
function maskSecret(value) {
    if (value !== '')
        addMask(value);
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/context.js
/** The runner's environment, read once into a typed object (not at module load, so tests can set it). */



/** Read the runner context; `GITHUB_REPOSITORY` is required, the rest default sensibly. */
function readRunnerContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo, ...rest] = repository.split('/');
    if (!owner || !repo || rest.length > 0) {
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is ${repository === '' ? 'not set' : `'${repository}'`}: expected owner/repo (the runner sets it; set it yourself outside Actions)`);
    }
    let event;
    const eventPath = env.GITHUB_EVENT_PATH;
    return {
        owner,
        repo,
        repository,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        get event() {
            return (event ??= readEvent(eventPath));
        },
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? (0,external_node_os_namespaceObject.tmpdir)(),
        apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
    };
}
function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`GITHUB_EVENT_PATH points at ${path}, which cannot be read (${error.message})`, { cause: error });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`GITHUB_EVENT_PATH points at ${path}, which is not JSON (${error.message}); the runner writes the event's payload there`, { cause: error });
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        throw new errors/* UserError */.yo(`GITHUB_EVENT_PATH points at ${path}, which holds no JSON object (the event's payload)`);
    return payload;
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/run.js
/** The one place an action's failures are sorted and reported. */


/**
 * Run an action: a user error fails the step with its message alone; any other error fails it with
 * its cause chain, and the stack goes to the debug log. The job summary is written either way.
 */
async function runAction(main) {
    const summary = new JobSummary();
    try {
        await main({ log: runnerLogger, summary });
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            setFailed(error.message);
        }
        else {
            setFailed(`Unexpected failure: ${(0,errors/* describeError */.Uc)(error)}`);
            if (error instanceof Error && error.stack)
                runnerLogger.debug(error.stack);
        }
        summary.paragraph(`**Failed:** ${(0,errors/* isUserError */.iU)(error) ? error.message : (0,errors/* describeError */.Uc)(error)}`);
    }
    finally {
        try {
            await summary.write();
        }
        catch (error) {
            runnerLogger.warning(`Could not write the job summary: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/action/index.js







/***/ }),

/***/ 8402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ pathRoots),
/* harmony export */   qL: () => (/* binding */ resolveInputPath)
/* harmony export */ });
/* unused harmony exports realPath, isInside */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4691);
/**
 * Where a path input may lead: one rule for every action.
 *
 * A path an input names (a file to upload, a file to edit, a release description) must resolve —
 * after following every symbolic link, in the path and in its folders — inside the job's own folders:
 * GITHUB_WORKSPACE (the checkout) or RUNNER_TEMP (emptied for each job; where our actions leave files
 * such as changelog-section's body-file for the next step). Anything else (`/etc/passwd`, `../x`, a
 * link to `~/.ssh`) is an InputError unless the workflow lists the folder it lies in, on purpose, in
 * the action's `allow-outside-workspace` input.
 */



/** The roots for a run: the workspace, the runner's temp folder and the folders a user allowed. */
function pathRoots(workspace, runnerTemp, allowed = []) {
    for (const folder of allowed) {
        if (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(folder)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('allow-outside-workspace', folder, 'absolute folder paths, one per line');
        }
    }
    return { workspace, others: [runnerTemp, ...allowed] };
}
/** realpath of a path that may not exist yet: its nearest existing ancestor's realpath + the rest. */
function realPath(path) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path);
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
    }
    catch (error) {
        if (error.code !== 'ENOENT' &&
            error.code !== 'ENOTDIR')
            throw error;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute);
        if (parent === absolute)
            return absolute;
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(realPath(parent), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute));
    }
}
/** True when `path` is `root` or lies below it (both already real paths). */
function isInside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Resolve the path an input names (relative to the workspace) and check where it really leads.
 * Throws InputError naming the input, the value and the folders allowed.
 */
function resolveInputPath(input, value, roots) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(value) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(roots.workspace, value);
    const real = realPath(path);
    const workspace = realPath(roots.workspace);
    if (isInside(workspace, real)) {
        return { path, real, inWorkspace: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, real).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') };
    }
    if (roots.others.some((root) => root !== '' && isInside(realPath(root), real))) {
        return { path, real, inWorkspace: undefined };
    }
    const through = real === path ? '' : ` (it leads to ${real})`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, `a path inside the workspace or the runner's temp folder${through}; list another folder in allow-outside-workspace to use it on purpose`);
}


/***/ }),

/***/ 554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ githubAssetName),
/* harmony export */   EC: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   IC: () => (/* binding */ MAX_ASSET_BYTES),
/* harmony export */   Lx: () => (/* binding */ checksumsText),
/* harmony export */   NV: () => (/* binding */ sha256OfDigest),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   RM: () => (/* binding */ MAX_ASSETS_PER_RELEASE),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   bt: () => (/* binding */ checksumsEntries),
/* harmony export */   cV: () => (/* binding */ assetContentType)
/* harmony export */ });
/* unused harmony export NotARegularFileError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/**
 * Release asset files on the local side: the name GitHub will give a file, its sha256 read as a
 * stream (constant memory whatever the size), the `sha256sum`-style checksums file, and GitHub's
 * limits on assets.
 */



/** GitHub refuses release assets of 2 GiB or more. */
const MAX_ASSET_BYTES = 2 * 1024 ** 3;
/**
 * GitHub holds at most 1,000 assets in a release ("About releases": storage and bandwidth quotas);
 * the upload of a 1,001st is refused with 422 `file_count limited to 1000 assets per release`.
 */
const MAX_ASSETS_PER_RELEASE = 1000;
/**
 * The name GitHub gives an uploaded file: characters outside `[A-Za-z0-9._+-]` become `.`, runs of
 * dots collapse, trailing dots go and a leading dot gets `default` before it (`.env` → `default.env`).
 */
function githubAssetName(fileName) {
    let name = fileName.replace(/[^A-Za-z0-9._+-]/g, '.').replace(/\.{2,}/g, '.');
    name = name.replace(/\.+$/, '');
    if (name.startsWith('.'))
        name = `default${name}`;
    return name;
}
/** Bytes read from disk at a time, into buffers that are reused (constant memory). */
const CHUNK_BYTES = 1024 * 1024;
/**
 * The sha256 of a file as lowercase hex, read through one reused buffer: a read stream allocates a
 * buffer per chunk, and garbage collection lets ~70 MB of them pile up on a 1 GiB file.
 */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const handle = await openRegularFile(path);
    try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
    return hash.digest('hex');
}
/** A path that is not a regular file (a FIFO, a device, a socket, a folder): nothing is read from it. */
class NotARegularFileError extends Error {
    path;
    what;
    name = 'NotARegularFileError';
    constructor(path, what) {
        super(`${path} is not a regular file (${what})`);
        this.path = path;
        this.what = what;
    }
}
function kindOf(info) {
    if (info.isDirectory())
        return 'a directory';
    if (info.isFIFO())
        return 'a named pipe';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'a device';
    if (info.isSocket())
        return 'a socket';
    return 'not a file';
}
/**
 * Open a file for reading only if it is a regular file: a FIFO's open waits for a writer forever and
 * a device never ends. stat first, so a FIFO is never opened; O_NONBLOCK (no effect on a regular
 * file) keeps an open of something swapped in since from blocking, and fstat checks what was opened.
 */
async function openRegularFile(path) {
    const before = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path);
    if (!before.isFile())
        throw new NotARegularFileError(path, kindOf(before));
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK);
    try {
        const opened = await handle.stat();
        if (!opened.isFile())
            throw new NotARegularFileError(path, kindOf(opened));
    }
    catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}
/** The hex sha256 of GitHub's `digest` (`sha256:<hex>`); undefined when it has none or another algorithm. */
function sha256OfDigest(digest) {
    const match = /^sha256:([0-9a-f]{64})$/i.exec(digest ?? '');
    return match?.[1]?.toLowerCase();
}
/** `sha256sum` output for the given files, sorted by name (`<hex>  <name>` lines). */
function checksumsText(entries) {
    return [...entries]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
        .map((e) => `${e.sha256}  ${e.name}\n`)
        .join('');
}
/** Content type for an asset, by extension (GitHub serves the asset with it). */
function assetContentType(name) {
    const types = [
        [/\.(tar\.gz|tgz)$/i, 'application/gzip'],
        [/\.gz$/i, 'application/gzip'],
        [/\.zip$/i, 'application/zip'],
        [/\.tar$/i, 'application/x-tar'],
        [/\.(txt|md)$|^SHA256SUMS/i, 'text/plain'],
        [/\.json$/i, 'application/json'],
    ];
    return types.find(([pattern]) => pattern.test(name))?.[1] ?? 'application/octet-stream';
}
/**
 * The entries of a release's checksums file: this run's files, and the release's other uploaded
 * assets by their GitHub digest (a matrix job's SHA256SUMS must list its sibling jobs' files too).
 * The checksums file itself and unfinished assets are left out; `undigested` names the assets that
 * could not be listed because GitHub gave no sha256 (older GitHub Enterprise Server).
 */
function checksumsEntries(remote, local, checksumsName) {
    const entries = local.map(({ name, sha256 }) => ({ name, sha256 }));
    const undigested = [];
    for (const asset of remote) {
        if (asset.name === checksumsName || asset.state !== 'uploaded')
            continue;
        if (entries.some((e) => e.name === asset.name))
            continue;
        const sha256 = sha256OfDigest(asset.digest);
        if (sha256 === undefined)
            undigested.push(asset.name);
        else
            entries.push({ name: asset.name, sha256 });
    }
    return { entries, undigested };
}


/***/ }),

/***/ 3165:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _: () => (/* binding */ USER_AGENT),
  L: () => (/* binding */ createGitHubClient)
});

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const dist_src_version_VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
// EXTERNAL MODULE: ./build/js/shared/src/github/origins.js
var origins = __nccwpck_require__(912);
;// CONCATENATED MODULE: ./build/js/shared/src/github/guard.js
/**
 * An octokit plugin every request goes through (paginate's next pages included): it keeps the token
 * on GitHub's origins (origins.ts), follows redirects itself so that rule applies to each hop, and
 * tells a network that failed from an answer GitHub gave.
 *
 * It must come before pacing (pacing.ts) in the plugin list: octokit runs the first registered
 * request hook innermost, so this one sees every attempt pacing makes, and the errors it throws carry
 * no HTTP status, which pacing leaves alone (a refused URL or an unreachable host is not retried as if
 * GitHub had answered 500).
 */


/** Redirects followed for one request before giving up (GitHub uses one: a renamed repository). */
const MAX_REDIRECTS = 5;
/** The network failed before GitHub answered: DNS, a refused or broken connection, TLS. */
class NetworkError extends errors/* UserError */.yo {
    code;
    attempts;
    constructor(message, code, attempts) {
        super(message);
        this.code = code;
        this.attempts = attempts;
    }
}
const DNS = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA'];
const REFUSED = ['ECONNREFUSED'];
const BROKEN = ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'];
const UNREACHABLE = ['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN'];
/**
 * The network failure behind an octokit error, or undefined when GitHub answered. octokit turns a
 * fetch that rejected into a RequestError with status 500 whose `cause` is fetch's TypeError; the
 * system error (`code`) is that TypeError's own cause.
 */
function networkFailure(error) {
    const fetchError = error?.cause;
    if (!(fetchError instanceof TypeError))
        return undefined;
    let code;
    let detail = fetchError.message;
    for (let at = fetchError.cause, depth = 0; at && depth < 4; depth++) {
        const { code: c, message } = at;
        if (typeof c === 'string' && code === undefined)
            code = c;
        if (typeof message === 'string' && message !== '')
            detail = message;
        at = at.cause;
    }
    const is = (codes) => code !== undefined && codes.includes(code);
    if (is(DNS))
        return { reason: `the host name did not resolve (DNS: ${code})`, code, transient: true };
    if (is(REFUSED))
        return { reason: `the connection was refused (${code})`, code, transient: true };
    if (is(BROKEN))
        return { reason: `the connection broke (${code}: ${detail})`, code, transient: true };
    if (is(UNREACHABLE))
        return { reason: `the host could not be reached (${code})`, code, transient: true };
    if (code && /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code))
        return { reason: `TLS failed (${code}: ${detail})`, code, transient: false };
    return {
        reason: `the request failed before any answer (${code ? `${code}: ` : ''}${detail})`,
        code,
        transient: false,
    };
}
/** The octokit plugin: `Octokit.plugin(requestGuard(options), pacing(options))`. */
function requestGuard(options) {
    const { apiUrl, log, transportBackoffMs = [500, 1500] } = options;
    return (instance) => {
        const octokit = instance;
        octokit.hook.wrap('request', async (request, route) => {
            const { method, url } = octokit.request.endpoint.parse(route);
            const redirects = route.request?.redirects ?? 0;
            // A URL our code built from the API root passes by construction; an absolute one came back
            // from GitHub (paginate's next page from the Link header) or from a redirect.
            (0,origins/* checkTokenOrigin */.cq)(url, apiUrl, redirects > 0
                ? 'a redirect GitHub answered'
                : 'a URL the API handed back (such as the next page a Link header names)');
            const response = await withTransportRetries(() => request(route), `${method} ${url}`);
            if (![301, 302, 303, 307, 308].includes(response.status))
                return response;
            const location = response.headers.location;
            if (typeof location !== 'string' || location === '')
                throw new errors/* UserError */.yo(`GitHub answered ${response.status} to ${method} ${url} without a Location to follow`);
            if (redirects >= MAX_REDIRECTS)
                throw new errors/* UserError */.yo(`${method} ${url} was redirected more than ${MAX_REDIRECTS} times; giving up`);
            const next = new URL(location, url);
            (0,origins/* checkTokenOrigin */.cq)(next, apiUrl, `the redirect GitHub answered to ${method} ${url}`);
            if (method !== 'GET' && method !== 'HEAD')
                // Re-sending a write to another URL is not something a release step should do unasked.
                throw new errors/* UserError */.yo(`GitHub redirected ${method} ${url} to ${next.href}; only GET requests are followed`);
            return octokit.request({
                method,
                url: next.href,
                headers: route.headers,
                request: { redirects: redirects + 1 },
            });
        });
    };
    async function withTransportRetries(send, what) {
        for (let attempt = 1;; attempt++) {
            try {
                return await send();
            }
            catch (error) {
                const failure = networkFailure(error);
                if (!failure)
                    throw error;
                const wait = transportBackoffMs[attempt - 1];
                if (failure.transient && wait !== undefined) {
                    log.info(`Could not reach GitHub for ${what}: ${failure.reason}; retrying in ${(wait / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${transportBackoffMs.length + 1})`);
                    await new Promise((done) => setTimeout(done, wait));
                    continue;
                }
                throw new NetworkError(`Could not reach the GitHub API: ${what} failed after ${attempt} attempt${attempt === 1 ? '' : 's'}: ${failure.reason}. No answer came from GitHub. The API root ${apiUrl} comes from GITHUB_API_URL: check it, and the runner's network (DNS, proxy, firewall, TLS) to that host.`, failure.code, attempt);
            }
        }
    }
}

// EXTERNAL MODULE: ./build/js/shared/src/github/pacing.js + 1 modules
var pacing = __nccwpck_require__(2922);
// EXTERNAL MODULE: ./build/js/shared/src/github/proxy.js
var github_proxy = __nccwpck_require__(5751);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./build/js/shared/src/http/fetch.js
/**
 * fetch over node:http and node:https: the one HTTP stack of every bundle (the streamed uploads and
 * blob copies already use node:http(s)). Node's global fetch is undici, compiled and loaded on first
 * use: touching `fetch`, `Response` or `Headers` once costs ~40 ms of CPU, more than the rest of a
 * bundle's start, while node:http is part of Node's startup snapshot.
 *
 * Only what our callers use (octokit's request, the registry session and its token service):
 * - a request with a string or bytes body and an abort signal (covering the answer's body too);
 * - `redirect: 'manual'` (GitHub's guard follows redirects itself) or `'follow'`, as fetch follows:
 *   303 (and 301/302 after a POST) become a GET without body, and the Authorization and Cookie
 *   headers are dropped when a redirect leads to another origin;
 * - an answer with status, url, headers (`get`, iterable) and its body read as text, JSON or bytes,
 *   streamed (`stream()`), or dropped (`body.cancel()`).
 * Failures look like fetch's: a TypeError 'fetch failed' whose cause is the system error (callers
 * read its code), or the signal's reason (a TimeoutError for AbortSignal.timeout) when aborted.
 */



/** Redirects followed for one request before giving up, as fetch does. */
const fetch_MAX_REDIRECTS = 20;
/** The answer's headers: lower-case names, repeated ones joined with ", " as fetch joins them. */
class AnswerHeaders {
    map = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw))
            if (value !== undefined)
                this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    get(name) {
        return this.map.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.map.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.map.entries();
    }
}
/** The part of a fetch Response our callers read; the body is read (or dropped) once. */
class Answer {
    status;
    statusText;
    url;
    res;
    failure;
    settle;
    empty;
    headers;
    used = false;
    constructor(status, statusText, url, res, failure, settle, 
    /** A HEAD answer, or a status without content: its (empty) body is read at once. */
    empty) {
        this.status = status;
        this.statusText = statusText;
        this.url = url;
        this.res = res;
        this.failure = failure;
        this.settle = settle;
        this.empty = empty;
        this.headers = new AnswerHeaders(res.headers);
        if (empty) {
            res.once('end', settle);
            res.resume();
        }
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    get bodyUsed() {
        return this.used;
    }
    /** The body, for dropping unread (`await answer.body?.cancel()`), as a fetch body can be. */
    get body() {
        return this.used || this.empty ? null : { cancel: () => this.cancel() };
    }
    /** The body as a stream, read as it arrives (never held whole). */
    stream() {
        this.take();
        if (this.empty)
            return external_node_stream_.Readable.from([]);
        this.res.once('end', this.settle);
        return this.res;
    }
    async text() {
        return (await this.bytes()).toString('utf8');
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        const bytes = await this.bytes();
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    /** Drop the body: read and discard what is left, so the connection can serve the next request. */
    cancel() {
        if (this.used || this.empty)
            return Promise.resolve();
        this.used = true;
        return new Promise((done) => {
            this.res.once('end', done).once('close', done);
            this.res.once('end', this.settle);
            this.res.resume();
        });
    }
    bytes() {
        this.take();
        if (this.empty)
            return Promise.resolve(Buffer.alloc(0));
        const res = this.res;
        return new Promise((resolve, reject) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.once('end', () => {
                this.settle();
                resolve(Buffer.concat(chunks));
            });
            res.once('error', () => reject(this.failure()));
            res.once('close', () => {
                if (!res.complete)
                    reject(this.failure());
            });
        });
    }
    take() {
        if (this.used)
            throw new TypeError('Body is unusable: Body has already been read');
        this.used = true;
    }
}
/** fetch as our callers use it, over node:http(s). */
async function nodeFetch(input, init = {}) {
    let url = new URL(String(input));
    let method = (init.method ?? 'GET').toUpperCase();
    let headers = { ...init.headers };
    let body = init.body === undefined || init.body === null ? undefined : Buffer.from(init.body);
    const redirect = init.redirect ?? 'follow';
    for (let hops = 0;; hops++) {
        const answer = await once(url, method, headers, body, init.signal ?? undefined);
        const location = answer.headers.get('location');
        if (redirect === 'manual' || ![301, 302, 303, 307, 308].includes(answer.status) || !location)
            return answer;
        await answer.cancel();
        if (redirect === 'error' || hops >= fetch_MAX_REDIRECTS)
            throw new TypeError('fetch failed', {
                cause: new Error(`${method} ${url.href}: ${redirect === 'error' ? 'redirected' : 'too many redirects'}`),
            });
        const next = new URL(location, url);
        if (answer.status === 303
            ? method !== 'HEAD'
            : method === 'POST' && answer.status !== 307 && answer.status !== 308) {
            method = 'GET';
            body = undefined;
            headers = withoutHeaders(headers, [
                'content-type',
                'content-length',
                'content-encoding',
                'content-language',
            ]);
        }
        // The fetch standard: credentials for one origin are not carried to another.
        if (next.origin !== url.origin)
            headers = withoutHeaders(headers, ['authorization', 'cookie', 'proxy-authorization']);
        url = next;
    }
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase())));
}
/** One request, resolved once the answer's status and headers are in. */
function once(url, method, headers, body, signal) {
    const send = url.protocol === 'https:' ? external_node_https_.request : url.protocol === 'http:' ? external_node_http_.request : undefined;
    if (!send)
        return Promise.reject(new TypeError('fetch failed', { cause: new Error(`unsupported URL ${url.protocol}`) }));
    if (signal?.aborted)
        return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
        const req = send(url, {
            method,
            headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
        });
        let cause;
        const failure = () => signal?.aborted
            ? abortError(signal)
            : new TypeError('fetch failed', { cause: cause ?? new Error('terminated') });
        const onAbort = () => {
            req.destroy();
            reject(abortError(signal));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const settle = () => signal?.removeEventListener('abort', onAbort);
        req.on('error', (error) => {
            cause = error;
            settle();
            reject(failure());
        });
        req.on('response', (res) => {
            res.on('error', (error) => (cause = error));
            const status = res.statusCode ?? 0;
            // An answer without a body frees its connection at once.
            const empty = method === 'HEAD' || [204, 205, 304].includes(status);
            resolve(new Answer(status, res.statusMessage ?? '', url.href, res, failure, settle, empty));
        });
        req.end(body);
    });
}
/** What fetch rejects with when its signal aborts: the signal's reason, else an AbortError. */
function abortError(signal) {
    // Duck-typed: a DOMException (TimeoutError) may come from another realm (jest's vm).
    const reason = signal.reason;
    return typeof reason === 'object' && reason !== null && typeof reason.name === 'string'
        ? reason
        : Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
}

;// CONCATENATED MODULE: ./build/js/shared/src/github/client.js







/**
 * node:http(s) (shared/src/http/fetch.ts), or, for a URL the runner's proxy applies to (https_proxy, no_proxy),
 * undici's fetch through that proxy, loaded on first use.
 */
function runnerFetch(env = process.env) {
    const viaProxy = new Map();
    const send = async (input, init) => {
        const proxy = (0,github_proxy/* proxyFor */.i)(new URL(String(input)), env);
        if (!proxy)
            return nodeFetch(input, init);
        let proxied = viaProxy.get(proxy.href);
        if (!proxied) {
            proxied = Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(466)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6466)).then((m) => m.proxyFetch(proxy));
            viaProxy.set(proxy.href, proxied);
        }
        return (await proxied)(input, init);
    };
    // octokit calls it with a URL string and reads only what http/fetch.ts's Answer has.
    return send;
}
/** fetch with each call bounded by a timeout (an abort the caller asked for still applies). */
function fetchWithTimeout(inner, ms) {
    return (input, init) => {
        const timeout = AbortSignal.timeout(ms);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return inner(input, { ...init, signal }).catch((error) => {
            if (timeout.aborted && !init?.signal?.aborted)
                throw new Error(`no answer within ${ms} ms`);
            throw error;
        });
    };
}
/** The user agent, with the runner's orchestration id as @actions/github adds it. */
function client_userAgent(env = process.env) {
    const id = env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `${USER_AGENT} actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : USER_AGENT;
}
const USER_AGENT = 'release-actions';
/**
 * An octokit that paces writes and searches, retries failures, waits out primary and secondary rate
 * limits (pacing.ts) and logs each wait.
 */
function createGitHubClient(options) {
    const { token, apiUrl, log, retries = 3, maxWaitSeconds = 120, requestTimeoutMs, writeBudget } = options;
    const base = runnerFetch();
    // The guard first: octokit runs the first request hook innermost (see guard.ts), so it sees each
    // attempt pacing makes.
    const Client = Octokit.plugin(restEndpointMethods, paginateRest, requestGuard({ apiUrl, log }), (0,pacing/* pacing */.XX)({ log, retries, maxWaitSeconds, ...(writeBudget ? { writes: writeBudget } : {}) }));
    return new Client({
        auth: token,
        baseUrl: apiUrl,
        userAgent: client_userAgent(),
        request: {
            fetch: requestTimeoutMs !== undefined ? fetchWithTimeout(base, requestTimeoutMs) : base,
            // Redirects come back to the guard, which checks where each one leads before following it.
            redirect: 'manual',
        },
        log: {
            debug: (m) => log.debug(m),
            info: (m) => log.debug(m),
            warn: (m) => log.warning(m),
            error: (m) => log.error(m),
        },
    });
}


/***/ }),

/***/ 912:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cq: () => (/* binding */ checkTokenOrigin),
/* harmony export */   qb: () => (/* binding */ mayCarryToken),
/* harmony export */   se: () => (/* binding */ refusalMessage)
/* harmony export */ });
/* unused harmony exports tokenOrigins, ForeignOriginError */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4691);
/**
 * Where the token may go: the one rule for every URL a request is about to carry it to, whether our
 * code built it or GitHub handed it back (a pagination `Link`, a redirect's `Location`, a release's
 * `upload_url`, an asset's `browser_download_url`).
 *
 * The token goes only to the API's own origin (scheme, host and port of GITHUB_API_URL) and to the
 * uploads origin that belongs to it:
 * - api.github.com ↔ uploads.github.com;
 * - GitHub Enterprise Cloud with data residency: api.SUBDOMAIN.ghe.com ↔ uploads.SUBDOMAIN.ghe.com
 *   (GitHub's network details for GHE.com list exactly these hosts);
 * - GitHub Enterprise Server: REST at https://HOST/api/v3 and uploads at https://HOST/api/uploads,
 *   one origin (the sandbox is laid out the same way).
 * Nothing else: not github.com, not objects.githubusercontent.com, not plain http to a https API.
 */

/** The origins the token may be sent to for the REST root `apiUrl`. */
function tokenOrigins(apiUrl) {
    const api = new URL(apiUrl);
    const origins = [api.origin];
    if (api.protocol === 'https:' && api.port === '') {
        const host = api.hostname.toLowerCase();
        if (host === 'api.github.com')
            origins.push('https://uploads.github.com');
        const ghe = /^api\.([a-z0-9-]+)\.ghe\.com$/.exec(host);
        if (ghe)
            origins.push(`https://uploads.${ghe[1]}.ghe.com`);
    }
    return origins;
}
/** True when a request to `url` may carry the token of the API at `apiUrl`. */
function mayCarryToken(url, apiUrl) {
    const target = typeof url === 'string' ? new URL(url) : url;
    return tokenOrigins(apiUrl).includes(target.origin);
}
/**
 * The sentence that refuses `url`: names it, says where it came from (`what`: "the release's
 * upload_url", "the next page GitHub's Link header names") and which origins the token belongs to.
 */
function refusalMessage(url, apiUrl, what) {
    const target = typeof url === 'string' ? new URL(url) : url;
    return `refusing to send the token to ${target.origin}, the host of ${what} (${redactQuery(target)}): only ${tokenOrigins(apiUrl).join(' or ')} belong to the API at ${apiUrl} (GITHUB_API_URL)`;
}
/** A URL GitHub handed back that leads away from GitHub's origins; nothing was sent to it. */
class ForeignOriginError extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    url;
    constructor(url, apiUrl, what) {
        super(`Refused: ${refusalMessage(url, apiUrl, what)}. Nothing was sent there.`);
        this.url = url;
    }
}
/** Throw ForeignOriginError unless `url` may carry the token of the API at `apiUrl`. */
function checkTokenOrigin(url, apiUrl, what) {
    if (!mayCarryToken(url, apiUrl))
        throw new ForeignOriginError(String(url), apiUrl, what);
}
/** The URL without its query (a signed URL's query is a credential of its own). */
function redactQuery(url) {
    return url.search ? `${url.origin}${url.pathname}?…` : url.href;
}


/***/ }),

/***/ 2922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eq: () => (/* binding */ holdWrites),
  XX: () => (/* binding */ pacing),
  Eb: () => (/* binding */ takeWriteBudget)
});

// UNUSED EXPORTS: PacingRefused, classifyFailure, requestKind

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
;// CONCATENATED MODULE: ./build/js/shared/src/github/budget.js
/**
 * A request budget: a short burst goes at once, a sustained run is spread out, and no trailing window
 * ever holds more requests than GitHub documents for it.
 *
 * GitHub's documented secondary rate limits ("Rate limits for the REST API", About secondary rate
 * limits — https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api):
 * - "In general, no more than 80 content-generating requests per minute and no more than 500
 *   content-generating requests per hour are allowed."
 * - "No more than 100 concurrent requests are allowed."
 * and its primary limit for search ("REST API endpoints for search": 30 requests a minute for an
 * authenticated user). Its best practices ("Best practices for using the REST API") add: "If you are
 * making a large number of POST, PATCH, PUT, or DELETE requests, wait at least one second between
 * each request."
 *
 * The budget is a token bucket (`burst` requests at once, then one more every `intervalMs`) under
 * hard ceilings, each a sliding window (`limit` requests in any `windowMs`). A bucket lets at most
 * `burst + windowMs / intervalMs` requests into any window, so WRITE_BUDGET (15 at once, then one a
 * second: "at least one second between each") stays at 75 a minute by construction, a few under 80
 * because GitHub counts arrivals and we count departures; the ceilings are checked anyway, and the
 * hour's 500 is held by its ceiling alone (a run past it waits, or fails when that is too long).
 */
/** GitHub's documented ceiling on content-generating requests in any minute. */
const CONTENT_CREATION_PER_MINUTE = 80;
/** GitHub's documented ceiling on content-generating requests in any hour. */
const CONTENT_CREATION_PER_HOUR = 500;
/** GitHub's documented ceiling on concurrent requests (REST and GraphQL together). */
const MAX_CONCURRENT_REQUESTS = 100;
/** GitHub's documented primary limit of the search resource, per minute (authenticated). */
const SEARCH_PER_MINUTE = 30;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Content-creating requests: 15 at once, then one a second; 80 a minute and 500 an hour at most. */
const WRITE_BUDGET = {
    burst: 15,
    intervalMs: 1000,
    ceilings: [
        { limit: CONTENT_CREATION_PER_MINUTE, windowMs: MINUTE },
        { limit: CONTENT_CREATION_PER_HOUR, windowMs: HOUR },
    ],
};
/** Search pages: 8 at once, then one every 3 s (28 a minute); 30 a minute at most. */
const SEARCH_BUDGET = {
    burst: 8,
    intervalMs: 3000,
    ceilings: [{ limit: SEARCH_PER_MINUTE, windowMs: MINUTE }],
};
/** The most requests `rule` lets into any window of `windowMs` (the bucket's bound, before ceilings). */
function bucketBound(rule, windowMs) {
    return rule.burst + Math.floor(windowMs / rule.intervalMs);
}
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};
/** One budget (writes, or searches) shared by every request of one client. */
class Budget {
    rule;
    clock;
    tokens;
    refilledAt;
    /** Send times within the longest ceiling's window, oldest first. */
    sent = [];
    heldUntil = 0;
    /** Requests queue here so that each takes its turn in order. */
    queue = Promise.resolve();
    constructor(rule, clock = realClock) {
        this.rule = rule;
        this.clock = clock;
        this.tokens = rule.burst;
        this.refilledAt = clock.now();
    }
    /**
     * How long the next request must wait, in ms (0: it may go now). `Infinity` never happens: each
     * wait ends when a token refills or a window's oldest request leaves it.
     */
    waitMs(now = this.clock.now()) {
        this.refill(now);
        let wait = Math.max(0, this.heldUntil - now);
        if (this.tokens < 1)
            wait = Math.max(wait, Math.ceil((1 - this.tokens) * this.rule.intervalMs));
        for (const { limit, windowMs } of this.rule.ceilings) {
            const inWindow = this.sent.filter((t) => t > now - windowMs);
            if (inWindow.length >= limit)
                wait = Math.max(wait, inWindow[inWindow.length - limit] + windowMs - now);
        }
        return wait;
    }
    /**
     * Wait for the request's turn and count it. `beforeWait` hears of a wait before it starts (and may
     * throw to refuse it, such as a wait longer than a job should sit).
     */
    take(beforeWait) {
        const turn = this.queue.then(async () => {
            for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) {
                beforeWait?.(wait);
                await this.clock.sleep(wait);
            }
            this.spend(this.clock.now());
        });
        // A refused wait fails its own request only; the next one still gets its turn.
        this.queue = turn.catch(() => undefined);
        return turn;
    }
    /** Send nothing before `until` (epoch ms): GitHub asked us to wait (retry-after). */
    holdUntil(until) {
        this.heldUntil = Math.max(this.heldUntil, until);
    }
    /** Send nothing for `ms` from now, by this budget's clock. */
    holdFor(ms) {
        this.holdUntil(this.clock.now() + ms);
    }
    spend(now) {
        this.refill(now);
        this.tokens -= 1;
        this.sent.push(now);
        const longest = Math.max(0, ...this.rule.ceilings.map((c) => c.windowMs));
        while (this.sent.length > 0 && this.sent[0] <= now - longest)
            this.sent.shift();
    }
    refill(now) {
        const earned = (now - this.refilledAt) / this.rule.intervalMs;
        this.tokens = Math.min(this.rule.burst, this.tokens + earned);
        this.refilledAt = now;
    }
}

;// CONCATENATED MODULE: ./build/js/shared/src/github/pacing.js
/**
 * Pacing and retries for every octokit request, in place of @octokit/plugin-throttling and
 * @octokit/plugin-retry (and the Bottleneck both load):
 *
 * - Content-creating requests (POST, PATCH, PUT, DELETE) and search pages are paced by a budget
 *   (budget.ts): a short burst goes at once, a sustained run is spread to stay under GitHub's
 *   documented limits. The throttling plugin instead spaced every write 1 s apart, so a release of
 *   K assets paid about K seconds whatever its size.
 * - A rate-limit answer waits as GitHub says: a secondary limit (403/429 naming it, or with
 *   `retry-after`) for `retry-after` seconds (60 when absent), holding every later request of its
 *   kind too; a primary one (`x-ratelimit-remaining: 0`) until `x-ratelimit-reset`. Each wait is
 *   logged, bounded by `maxWaitSeconds`, and counted against `retries`.
 * - Other failures are retried as plugin-retry did: any status from 400 up except those no retry can
 *   change (400, 401, 403, 404, 410, 422, 451), after 1, 4, 9… s. A request that got no answer in
 *   time is one of them (octokit reports it as 500); a network failure is the guard's (guard.ts).
 *
 * It is registered after the guard, so it wraps it: the guard sees every attempt made here.
 */


/** The kind of budget a request spends: content creation, a search page, or none. */
function requestKind(method, url) {
    const { pathname } = new URL(url, 'https://api.github.invalid');
    if (method !== 'GET' && method !== 'HEAD')
        return 'write';
    // The REST root may have a path of its own (GitHub Enterprise Server's /api/v3).
    if (/(^|\/)search\//.test(pathname.replace(/^\/api\/v3/, '')))
        return 'search';
    return undefined;
}
/** Statuses no retry can change (plugin-retry's `doNotRetry`). */
const FINAL = [400, 401, 403, 404, 410, 422, 451];
/** What a failed attempt calls for: a limit to wait out, a failure to retry, or nothing. */
function classifyFailure(error, now = Date.now()) {
    const { status, message = '', response } = (error ?? {});
    if (typeof status !== 'number')
        return undefined;
    const headers = response?.headers ?? {};
    if (status === 403 || status === 429) {
        const retryAfter = Number(headers['retry-after']);
        const named = /\bsecondary rate\b/i.test(message);
        if (named || (headers['x-ratelimit-remaining'] !== '0' && Number.isFinite(retryAfter) && retryAfter >= 0))
            return { kind: 'secondary rate limit', waitSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
        if (String(headers['x-ratelimit-remaining']) === '0') {
            const reset = Number(headers['x-ratelimit-reset']) * 1000;
            // One second past the reset, so the retry lands after it.
            return { kind: 'rate limit', waitSeconds: Math.max(0, Math.ceil((reset - now) / 1000) + 1) };
        }
    }
    if (status >= 400 && !FINAL.includes(status))
        return { kind: 'failure' };
    return undefined;
}
/** Budgets per client, for code that creates content outside octokit (streamed uploads). */
const budgets = new WeakMap();
/** Wait for a request's turn in the budget of its kind, refusing a wait longer than a job should sit. */
function takeTurn(paced, kind, method, url) {
    return paced[kind].take((ms) => {
        if (ms > paced.maxWaitSeconds * 1000)
            throw new PacingRefused(method, url, kind, Math.ceil(ms / 1000), paced.maxWaitSeconds);
        paced.log.debug(`Pacing ${kind}s: ${method} ${url} waits ${ms} ms for its turn`);
    });
}
/**
 * Wait for the client's write budget before a content-creating request made outside octokit (an
 * asset upload through node:https), as octokit's own writes wait: a PacingRefused when the wait
 * would be longer than the client's maxWaitSeconds. Resolves at once for a client without pacing.
 */
function takeWriteBudget(client, method, url) {
    const paced = budgets.get(client);
    return paced ? takeTurn(paced, 'write', method, url) : Promise.resolve();
}
/**
 * GitHub asked a write made outside octokit (an upload) to wait `ms`: it asks for a pause, not one
 * request's, so the client's later writes wait too, as after an octokit write's secondary limit.
 */
function holdWrites(client, ms) {
    budgets.get(client)?.write.holdFor(ms);
}
/** The octokit plugin: `Octokit.plugin(…, requestGuard(…), pacing(…))`. */
function pacing(options) {
    const { log, retries = 3, maxWaitSeconds = 120, clock = realClock } = options;
    return (instance) => {
        const octokit = instance;
        const own = {
            write: new Budget(options.writes ?? WRITE_BUDGET, clock),
            search: new Budget(options.searches ?? SEARCH_BUDGET, clock),
            log,
            maxWaitSeconds,
        };
        budgets.set(octokit, own);
        const slots = new Semaphore(Math.min(10, MAX_CONCURRENT_REQUESTS));
        octokit.hook.wrap('request', async (request, route) => {
            const { method, url } = octokit.request.endpoint.parse(route);
            const kind = requestKind(method, url);
            // A redirect the guard follows is the same request, in the slot it already holds.
            const continuation = (route.request?.redirects ?? 0) > 0;
            for (let attempt = 0;; attempt++) {
                if (kind && !continuation)
                    await takeTurn(own, kind, method, url);
                try {
                    return continuation ? await request(route) : await slots.run(() => request(route));
                }
                catch (error) {
                    const failure = classifyFailure(error, clock.now());
                    if (!failure)
                        throw error;
                    const what = `${method} ${url}`;
                    if (failure.kind === 'failure') {
                        if (attempt >= retries)
                            throw error;
                        const wait = (attempt + 1) ** 2;
                        log.debug(`${what} failed (${String(error.message)}); retry ${attempt + 1} of ${retries} in ${wait}s`);
                        await clock.sleep(wait * 1000);
                        continue;
                    }
                    const { waitSeconds } = failure;
                    const again = attempt < retries && waitSeconds <= maxWaitSeconds;
                    const why = waitSeconds > maxWaitSeconds
                        ? `giving up: it asks to wait ${waitSeconds}s, over ${maxWaitSeconds}s`
                        : 'giving up';
                    log.warning(`GitHub ${failure.kind} on ${what}: ${again ? `retrying in ${waitSeconds}s (retry ${attempt + 1} of ${retries})` : why}`);
                    if (!again)
                        throw error;
                    // GitHub asks for a pause, not one request's: every later request of this kind waits too.
                    if (kind)
                        own[kind].holdUntil(clock.now() + waitSeconds * 1000);
                    await clock.sleep(waitSeconds * 1000);
                }
            }
        });
    };
}
/** The budget would hold a request longer than a job should sit: fail now, having sent nothing. */
class PacingRefused extends errors/* UserError */.yo {
    constructor(method, url, kind, seconds, maxWaitSeconds) {
        super(`${method} ${url} would wait ${seconds}s for GitHub's ${kind} budget (${kind === 'write' ? 'at most 500 content-creating requests an hour' : 'search requests a minute'}), over ${maxWaitSeconds}s; it was not sent. Run again later to finish`);
    }
}
/** At most `size` tasks at once; the rest wait in order. */
class Semaphore {
    size;
    active = 0;
    waiting = [];
    constructor(size) {
        this.size = size;
    }
    async run(task) {
        if (this.active >= this.size)
            await new Promise((go) => this.waiting.push(go));
        else
            this.active++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}


/***/ }),

/***/ 5751:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ proxyFor)
/* harmony export */ });
/* unused harmony export bypassesProxy */
/**
 * The runner's proxy for a URL, by the rules @actions/http-client applies (and actions/runner
 * documents for self-hosted runners): `https_proxy`/`HTTPS_PROXY` for https, `http_proxy`/
 * `HTTP_PROXY` for http; never for loopback hosts; `no_proxy`/`NO_PROXY` lists hosts to reach
 * directly (`*`, a host, `host:port`, a domain and its subdomains, `.domain`).
 *
 * Only the decision lives here, so a run without a proxy loads nothing more: the proxy's own HTTP
 * stack (proxy-fetch.ts, undici's ProxyAgent) is imported when a URL needs it.
 */
/** The proxy to reach `target` through, or undefined to go directly. */
function proxyFor(target, env = process.env) {
    if (bypassesProxy(target, env))
        return undefined;
    const value = target.protocol === 'https:' ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY;
    if (!value)
        return undefined;
    // `proxy.example:3128` without a scheme means http (URL would read `proxy.example:` as one).
    const url = URL.canParse(value) && /^https?:\/\//i.test(value) ? value : `http://${value}`;
    return URL.canParse(url) ? new URL(url) : undefined;
}
/** True when `target` is reached directly whatever the proxy: a loopback host, or one NO_PROXY lists. */
function bypassesProxy(target, env = process.env) {
    const host = target.hostname.toLowerCase();
    if (!host)
        return false;
    if (host === 'localhost' || host.startsWith('127.') || host === '[::1]' || host === '[0:0:0:0:0:0:0:1]')
        return true;
    const noProxy = env.no_proxy || env.NO_PROXY || '';
    const port = target.port || (target.protocol === 'https:' ? '443' : target.protocol === 'http:' ? '80' : '');
    const names = [host, ...(port ? [`${host}:${port}`] : [])];
    return noProxy
        .split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '')
        .some((entry) => entry === '*' ||
        names.some((name) => name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry))));
}


/***/ }),

/***/ 8693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AO: () => (/* binding */ deleteAsset),
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   Tn: () => (/* binding */ deleteDraft),
/* harmony export */   Y2: () => (/* binding */ latestReleaseId),
/* harmony export */   _F: () => (/* binding */ isTagTaken),
/* harmony export */   _R: () => (/* binding */ deleteTag),
/* harmony export */   aD: () => (/* binding */ releasesForTag),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   eF: () => (/* binding */ tagCommit),
/* harmony export */   fq: () => (/* binding */ findCommit),
/* harmony export */   h5: () => (/* binding */ getReleaseByTag),
/* harmony export */   kC: () => (/* binding */ compareCommits),
/* harmony export */   lb: () => (/* binding */ deleteRelease),
/* harmony export */   mK: () => (/* binding */ moveTag),
/* harmony export */   nv: () => (/* binding */ createDraftRelease),
/* harmony export */   qs: () => (/* binding */ listAssets)
/* harmony export */ });
const PAGE = 100;
function isNotFound(error) {
    return error.status === 404;
}
/**
 * The published release and the drafts for a tag: one listing of the newest 100 releases (drafts are
 * recent); a published release older than those is asked for by tag.
 */
async function releasesForTag(client, { owner, repo }, tag) {
    const { data } = await client.rest.repos.listReleases({ owner, repo, per_page: PAGE });
    const list = data;
    const forTag = list.filter((r) => r.tag_name === tag);
    let published = forTag.find((r) => !r.draft);
    if (!published && list.length === PAGE)
        published = await getReleaseByTag(client, { owner, repo }, tag);
    const drafts = forTag.filter((r) => r.draft).sort((a, b) => a.id - b.id);
    return { ...(published ? { published } : {}), drafts };
}
/** The published release of a tag (drafts have no tag yet), or undefined. */
async function getReleaseByTag(client, { owner, repo }, tag) {
    try {
        return (await client.rest.repos.getReleaseByTag({ owner, repo, tag })).data;
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/** The id of the release GitHub shows as "Latest", or undefined when none is. */
async function latestReleaseId(client, { owner, repo }) {
    try {
        return (await client.rest.repos.getLatestRelease({ owner, repo })).data.id;
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
/** Create a draft release (a draft does not create its tag). */
async function createDraftRelease(client, { owner, repo }, fields) {
    const { data } = await client.rest.repos.createRelease({
        owner,
        repo,
        tag_name: fields.tag,
        target_commitish: fields.targetCommitish,
        name: fields.name,
        body: fields.body,
        draft: true,
        prerelease: fields.prerelease,
    });
    return data;
}
/** Set the release's text and publish it; publishing creates the tag at target_commitish if it is missing. */
async function publishRelease(client, { owner, repo }, id, fields, publish) {
    const { data } = await client.rest.repos.updateRelease({
        owner,
        repo,
        release_id: id,
        tag_name: fields.tag,
        target_commitish: fields.targetCommitish,
        name: fields.name,
        // An empty body keeps the one there (a matrix job without notes must not blank the last job's).
        ...(fields.body ? { body: fields.body } : {}),
        prerelease: fields.prerelease,
        ...(publish ? { draft: false, make_latest: fields.makeLatest } : {}),
    });
    return data;
}
/** Delete a release (its tag stays); a release already gone counts as deleted. */
async function deleteRelease(client, { owner, repo }, id) {
    try {
        await client.rest.repos.deleteRelease({ owner, repo, release_id: id });
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
    }
}
/**
 * Delete a release only if it is still a draft. A listing is stale by the time it is acted on: a
 * draft listed a second ago may be a racing run's release now, and deleting that deletes what the
 * other run reports as released. Read it again first; `published` means it was left alone. (A publish
 * can still land between this read and the delete: the run that published reads its release back.)
 */
async function deleteDraft(client, { owner, repo }, id) {
    let release;
    try {
        release = (await client.rest.repos.getRelease({ owner, repo, release_id: id })).data;
    }
    catch (error) {
        if (isNotFound(error))
            return 'gone';
        throw error;
    }
    if (!release.draft)
        return 'published';
    await deleteRelease(client, { owner, repo }, id);
    return 'deleted';
}
/**
 * GitHub's 422 for publishing a release whose tag a published release already holds: `already_exists`
 * on `tag_name`. GitHub lets one published release hold a tag, so this is how a race to publish ends.
 */
function isTagTaken(error) {
    const { status, response } = error;
    return (status === 422 &&
        (response?.data?.errors ?? []).some((e) => e.code === 'already_exists' && e.field === 'tag_name'));
}
/** Delete an asset; one already gone counts as deleted. */
async function deleteAsset(client, { owner, repo }, id) {
    try {
        await client.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: id });
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
    }
}
/** The assets of a release as they are now. */
async function listAssets(client, { owner, repo }, id) {
    const assets = await client.paginate(client.rest.repos.listReleaseAssets, {
        owner,
        repo,
        release_id: id,
        per_page: 100,
    });
    return assets;
}
/** The commit a tag points at (annotated tags peeled), or undefined when the tag does not exist. */
async function tagCommit(client, { owner, repo }, tag) {
    let object;
    try {
        object = (await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` })).data.object;
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
    for (let depth = 0; object.type === 'tag' && depth < 5; depth++) {
        object = (await client.rest.git.getTag({ owner, repo, tag_sha: object.sha })).data.object;
    }
    return object.type === 'commit' ? object.sha : undefined;
}
/** Delete a tag: `gone` when it did not exist (GitHub answers 422 `Reference does not exist`). */
async function deleteTag(client, { owner, repo }, tag) {
    try {
        await client.rest.git.deleteRef({ owner, repo, ref: `tags/${tag}` });
        return 'deleted';
    }
    catch (error) {
        const { status, message } = error;
        if (status === 422 && /reference does not exist/i.test(String(message)))
            return 'gone';
        throw error;
    }
}
/** Point a tag at a commit: moved (forced) when it exists, created when it does not. */
async function moveTag(client, { owner, repo }, tag, sha, exists) {
    if (exists)
        await client.rest.git.updateRef({ owner, repo, ref: `tags/${tag}`, sha, force: true });
    else
        await client.rest.git.createRef({ owner, repo, ref: `refs/tags/${tag}`, sha });
}
/**
 * The full sha of a commit-ish (a branch, a tag, a short or full sha); undefined when the repository
 * has no such commit (GitHub answers 422 `No commit found for SHA`, or 404 for some malformed refs).
 */
async function findCommit(client, { owner, repo }, ref) {
    try {
        return (await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 })).data.sha;
    }
    catch (error) {
        const status = error.status;
        if (status === 404 || status === 422)
            return undefined;
        throw error;
    }
}
/** Compare two commits in one call (`behind`: head is an ancestor of base). */
async function compareCommits(client, { owner, repo }, base, head) {
    try {
        // One commit per page: only the status is read, not the commit list.
        const { data } = await client.rest.repos.compareCommitsWithBasehead({
            owner,
            repo,
            basehead: `${base}...${head}`,
            per_page: 1,
        });
        return data.status;
    }
    catch (error) {
        // GitHub answers 404 "No common ancestor" for commits of unrelated histories.
        if (isNotFound(error))
            return 'unrelated';
        throw error;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9426);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SO: () => (/* binding */ bumpEffect),
/* harmony export */   e6: () => (/* binding */ bumpCommandLine),
/* harmony export */   ii: () => (/* binding */ findGo),
/* harmony export */   k7: () => (/* binding */ bumpSteps)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7428);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4640);
/**
 * Optional: after the tags, make every module require its in-repository dependencies at the new
 * version (seed 001's `go get …@version` + `go mod tidy`), in the working tree, for the next commit.
 * Needs a Go toolchain on PATH; without one the action says it skipped.
 */





/** The `go` on PATH, or undefined. */
async function findGo(path = process.env.PATH ?? '') {
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter).filter(Boolean)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'go');
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK).then(() => true, () => false))
            return candidate;
    }
    return undefined;
}
/** For each module with in-repository dependencies: `go mod edit -require=dep@version…`, then `go mod tidy`. */
function bumpSteps(modules, version) {
    return modules
        .filter((m) => m.dependencies.length > 0)
        .map((module) => ({
        module,
        commands: [
            ['mod', 'edit', ...module.dependencies.map((d) => `-require=${d}@${version}`)],
            ['mod', 'tidy'],
        ],
    }));
}
/** The shell line a person would run for a step: `(cd dir && go mod edit … && go mod tidy)`. */
function bumpCommandLine(step) {
    const go = step.commands.map((args) => ['go', ...args].map(_message_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .ZL).join(' '));
    return `(cd ${(0,_message_js__WEBPACK_IMPORTED_MODULE_4__/* .shellQuote */ .ZL)(step.module.dir)} && ${go.join(' && ')})`;
}
/** The effect that runs a step in the working tree at `root` (the repository's top level). */
function bumpEffect(step, root, go) {
    const file = step.module.dir === '.' ? 'go.mod' : `${step.module.dir}/go.mod`;
    return {
        kind: 'bump requires in',
        target: file,
        detail: bumpCommandLine(step),
        apply: async () => {
            for (const args of step.commands) {
                const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(go, args, {
                    cwd: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, step.module.dir),
                    silent: true,
                    ignoreReturnCode: true,
                    // Only the local toolchain, no go.work: the module's own go.mod decides.
                    env: {
                        ...process.env,
                        GOTOOLCHAIN: 'local',
                        GOWORK: 'off',
                        GOFLAGS: '-mod=mod',
                    },
                });
                if (result.exitCode !== 0) {
                    throw new Error(`go ${args.join(' ')} in ${step.module.dir} exited ${result.exitCode}: ${result.stderr.trim()}`);
                }
            }
        },
    };
}


/***/ }),

/***/ 895:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8034);
/* harmony import */ var _shared_src_git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7960);
/* harmony import */ var _bump_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1431);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1586);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(742);





await (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(async ({ log, summary }) => {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getInputs */ .G)((0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunnerContext */ .gi)());
    const go = inputs.bumpRequires ? await (0,_bump_js__WEBPACK_IMPORTED_MODULE_2__/* .findGo */ .ii)() : undefined;
    const git = new _shared_src_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .Git */ .TU(inputs.workspace);
    (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .run */ .e)(inputs, { log, summary, git, ...(go !== undefined ? { go } : {}) }));
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1586:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ getInputs)
/* harmony export */ });
/* harmony import */ var _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8034);
/* harmony import */ var _shared_src_git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7960);
/* harmony import */ var _shared_src_gomod_modules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6801);
/* harmony import */ var _shared_src_gomod_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3405);
/* harmony import */ var _message_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4640);
/** action.yml inputs → one validated Inputs object. */





const FULL_SHA = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
function folder(input, value) {
    const normal = (0,_shared_src_gomod_modules_js__WEBPACK_IMPORTED_MODULE_2__/* .normaliseFolder */ .zJ)(value);
    if (normal === undefined || normal.includes('*') || normal.startsWith('-')) {
        const pattern = input === 'exclude' ? ' (`dir/**` for every module below dir)' : '';
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, value, `folders relative to the repository root, inside it, not starting with '-'${pattern}`);
    }
    return normal;
}
const PR_EVENTS = ['pull_request', 'pull_request_target'];
/** True for an http(s) URL with userinfo (`https://user:token@host/…`), or any URL with a password. */
function hasCredentials(remote) {
    try {
        const url = new URL(remote);
        return url.password !== '' || (url.username !== '' && /^https?:$/.test(url.protocol));
    }
    catch {
        return false;
    }
}
function getInputs(context) {
    const fromRef = context.ref.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : undefined;
    const version = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('version') ?? fromRef;
    if (version === undefined) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', '', `a release version such as v0.8.0, or a run on a tag (this run's ref is '${context.ref || 'unset'}')`);
    }
    const versionProblem = (0,_shared_src_gomod_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseVersionProblem */ .hQ)(version);
    if (versionProblem)
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('version', version, versionProblem);
    const explicitSha = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('sha');
    if (explicitSha === undefined && PR_EVENTS.includes(context.eventName)) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sha', '', `the commit to tag, given explicitly on ${context.eventName} events: GITHUB_SHA is then a merge commit on no branch`);
    }
    const sha = (explicitSha ?? context.sha).toLowerCase();
    if (!FULL_SHA.test(sha)) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('sha', sha, 'a full commit SHA (40 hex digits; empty: the workflow commit GITHUB_SHA), never a branch or tag name');
    }
    const remote = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('remote') ?? 'origin';
    if (remote.startsWith('-') || /\s/.test(remote)) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('remote', remote, 'a remote name such as origin, or a repository URL');
    }
    if (hasCredentials(remote)) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('remote', (0,_shared_src_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .redactCredentials */ .UY)(remote), "a URL without user name or password: give the credential in the 'token' input");
    }
    const message = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('message') ?? '{module} {version}';
    const unknown = [...message.matchAll(/\{([^{}]*)\}/g)]
        .map((m) => m[1] ?? '')
        .filter((p) => !_message_js__WEBPACK_IMPORTED_MODULE_4__/* .PLACEHOLDERS */ .je.includes(p));
    if (unknown.length) {
        throw new _shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('message', message, `a template using only ${_message_js__WEBPACK_IMPORTED_MODULE_4__/* .PLACEHOLDERS */ .je.map((p) => `{${p}}`).join(', ')} (unknown: ${unknown.map((p) => `{${p}}`).join(', ')})`);
    }
    const token = (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getOptionalInput */ .lI)('token', { secret: true });
    return {
        version,
        sha,
        remote,
        ...(token !== undefined ? { token } : {}),
        paths: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getListInput */ .DF)('paths').map((value) => folder('paths', value)),
        exclude: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getListInput */ .DF)('exclude').map((value) => {
            const below = /\/\*\*\/?$/.test(value);
            return { dir: folder('exclude', below ? value.replace(/\/\*\*\/?$/, '') : value), below };
        }),
        message,
        sign: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getEnumInput */ .iv)('sign', ['auto', 'true', 'false'], 'auto'),
        bumpRequires: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('bump-requires'),
        includeEmptyModules: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('include-empty-modules'),
        dryRun: (0,_shared_src_action_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getBooleanInput */ .Vt)('dry-run'),
        workspace: context.workspace,
        serverUrl: context.serverUrl,
    };
}


/***/ }),

/***/ 4640:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   e4: () => (/* binding */ renderMessage),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS)
/* harmony export */ });
/** Tag messages from the `message` template, and commands printed the way a shell reads them. */
const PLACEHOLDERS = ['module', 'version', 'tag', 'dir', 'sha'];
/** Fill `{module}`, `{version}`, `{tag}`, `{dir}` and `{sha}` in a template (one pass: values are not re-expanded). */
function renderMessage(template, values) {
    return template.replace(/\{(module|version|tag|dir|sha)\}/g, (_all, key) => values[key]);
}
/** One argument quoted for a POSIX shell: bare when safe, else in single quotes. */
function shellQuote(arg) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** A git command line as a person would type it: `git tag -a 'x' …`. */
function commandLine(args) {
    return ['git', ...args].map(shellQuote).join(' ');
}


/***/ }),

/***/ 742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/js/shared/src/action/index.js + 7 modules
var action = __nccwpck_require__(8034);
// EXTERNAL MODULE: ./build/js/shared/src/git/git.js
var git_git = __nccwpck_require__(7960);
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

// EXTERNAL MODULE: ./build/js/actions/go-module-tags/src/bump.js
var bump = __nccwpck_require__(1431);
// EXTERNAL MODULE: ./build/js/actions/go-module-tags/src/message.js
var message = __nccwpck_require__(4640);
;// CONCATENATED MODULE: ./build/js/actions/go-module-tags/src/commands.js
/** The command lines printed for a person (and by a dry run), replayable in this clone or a fresh one. */



/**
 * One line per tag to make (dependency order), one atomic push, then the bump steps. An adopted tag
 * (already annotated in this clone at the commit) is pushed as it is; its line makes it only where it
 * does not exist, so the commands also work in a fresh clone.
 */
function printedCommands(modules, state, facts) {
    const lines = [];
    for (const m of modules) {
        if (state.create.includes(m))
            lines.push((0,message/* commandLine */.ay)(facts.tagArgs(m)));
        if (state.adopted.includes(m)) {
            lines.push(`git rev-parse -q --verify ${(0,message/* shellQuote */.ZL)(`refs/tags/${m.tag}`)} >/dev/null || ${(0,message/* commandLine */.ay)(facts.tagArgs(m))}  # adopted: this clone's own tag is pushed as it is`);
        }
    }
    const toPush = pushedTags(modules, state);
    if (toPush.length)
        lines.push((0,message/* commandLine */.ay)((0,git_git/* pushTagsCommand */.hY)(facts.remote, toPush)));
    return [...lines, ...facts.steps.map(bump/* bumpCommandLine */.e6)];
}
/** The tags the push carries: created and adopted ones, dependencies first. */
function pushedTags(modules, state) {
    return modules.filter((m) => state.create.includes(m) || state.adopted.includes(m)).map((m) => m.tag);
}

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
;// CONCATENATED MODULE: ./build/js/actions/go-module-tags/src/push.js
/**
 * What a failed push means for the person reading the log. The push is atomic, so a remote that
 * refuses one tag (a hook, a protected tag, a tag created meanwhile) keeps none of them; and the run
 * has already deleted the local tags it made. Say so, with the remote's own words, instead of a
 * generic failure listing effects "applied" that no longer exist.
 */


/** The remote's own lines (`remote: …`, hook output) and each refused ref with git's reason. */
function remoteRefusal(stderr) {
    const lines = stderr.split(/\r?\n/).map((l) => l.trim());
    const said = lines
        .filter((l) => l.startsWith('remote:'))
        .map((l) => l.slice('remote:'.length).trim())
        .filter(Boolean);
    const refused = lines.flatMap((l) => {
        const m = /^! \[(?:remote )?rejected\]\s+(\S+)(?: -> \S+)?\s+\((.+)\)$/.exec(l);
        // "atomic push failure/failed" echoes another ref's refusal: not a reason of its own.
        return m && !/^atomic push fail/.test(m[2] ?? '') ? [`${m[1]} (${m[2]})`] : [];
    });
    return { said, refused };
}
/** A UserError telling what the failed push left: nothing on the remote, no local tags of this run. */
function pushFailure(error, facts) {
    const stderr = error.cause instanceof git_git/* GitError */.XS ? error.cause.result.stderr : String(error.cause);
    const { said, refused } = remoteRefusal(stderr);
    const cleaned = facts.createdLocally.length
        ? ` The ${facts.createdLocally.length} local tag(s) this run created were deleted, so a rerun starts clean.`
        : '';
    if (refused.length) {
        const words = said.length ? ` It said: ${said.join(' / ')}.` : '';
        return new errors/* UserError */.yo(`${facts.remote} refused the push: ${refused.join(', ')}.${words} Nothing was published: the push is atomic, so ${facts.remote} has none of the ${facts.tags.length} tag(s).${cleaned}`, { cause: error });
    }
    const detail = stderr.trim().split(/\r?\n/).filter(Boolean).join(' / ') || String(error.cause);
    return new errors/* UserError */.yo(`The push of ${facts.tags.length} tag(s) to ${facts.remote} failed: ${detail}.${cleaned} A rerun checks ${facts.remote}'s tags first and pushes only those it lacks.`, { cause: error });
}

// EXTERNAL MODULE: ./build/js/shared/src/gomod/lexer.js
var lexer = __nccwpck_require__(8336);
// EXTERNAL MODULE: ./build/js/shared/src/gomod/modules.js + 1 modules
var gomod_modules = __nccwpck_require__(6801);
;// CONCATENATED MODULE: ./build/js/shared/src/gomod/order.js
/** Strongly connected components (Tarjan's algorithm, iterative: deep chains do not grow the stack). */
function components(nodes, edges) {
    const index = new Map();
    const low = new Map();
    const stack = [];
    const onStack = new Set();
    const found = [];
    let counter = 0;
    for (const root of nodes) {
        if (index.has(root))
            continue;
        const work = [{ node: root, next: 0 }];
        index.set(root, counter);
        low.set(root, counter++);
        stack.push(root);
        onStack.add(root);
        while (work.length) {
            const frame = work[work.length - 1];
            const targets = edges.get(frame.node) ?? [];
            if (frame.next < targets.length) {
                const target = targets[frame.next++];
                if (!index.has(target)) {
                    index.set(target, counter);
                    low.set(target, counter++);
                    stack.push(target);
                    onStack.add(target);
                    work.push({ node: target, next: 0 });
                }
                else if (onStack.has(target)) {
                    low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0));
                }
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
            if (low.get(frame.node) === index.get(frame.node)) {
                // The component is the stack down to (and including) this node.
                const component = stack.splice(stack.lastIndexOf(frame.node));
                for (const member of component)
                    onStack.delete(member);
                found.push(component);
            }
        }
    }
    return found;
}
/**
 * The modules in release order, and the cycles among them. Dependencies on modules not in the list
 * (excluded ones) are ignored.
 */
function releaseOrder(modules) {
    const byPath = new Map(modules.map((m) => [m.path, m]));
    const edges = new Map(modules.map((m) => [m.path, m.dependencies.filter((d) => byPath.has(d))]));
    // Tarjan emits a component only after every component it requires: dependencies come first.
    const found = components(modules.map((m) => m.path), edges);
    const componentOf = new Map();
    found.forEach((members, i) => members.forEach((path) => componentOf.set(path, i)));
    const layerOf = [];
    found.forEach((members, i) => {
        let layer = 0;
        for (const path of members) {
            for (const dependency of edges.get(path) ?? []) {
                const other = componentOf.get(dependency);
                if (other !== i)
                    layer = Math.max(layer, (layerOf[other] ?? 0) + 1);
            }
        }
        layerOf[i] = layer;
    });
    const layer = (m) => layerOf[componentOf.get(m.path)] ?? 0;
    const ordered = [...modules].sort((a, b) => layer(a) - layer(b) || compare(a.dir, b.dir));
    const position = new Map(ordered.map((m, i) => [m.path, i]));
    const cycles = found
        .filter((members) => members.length > 1)
        .map((members) => members.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)))
        .sort((a, b) => (position.get(a[0]) ?? 0) - (position.get(b[0]) ?? 0));
    return { modules: ordered, cycles };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./build/js/shared/src/gomod/packages.js
/**
 * Which modules hold a Go package, read from a file listing (a commit's tree), the way the go command
 * decides what `./...` matches: a `.go` file counts for the module whose go.mod is the nearest above
 * it, unless a folder on the way down from that module's root is one the go command skips — a name
 * starting with `.` or `_`, `testdata`, or `vendor` anywhere but as the package's own folder — or the
 * file name itself starts with `.` or `_` (go/build ignores those). A go.mod with no package (peer
 * pods' `podvm/go.mod`, there only to keep non-Go files out of the parent module) releases nothing:
 * a tag would name an empty module forever.
 */

const dirOf = (file) => {
    const dir = external_node_path_.posix.dirname(file);
    return dir === '.' ? '' : dir;
};
/** True when the go command skips this folder name while looking for packages. */
function skippedFolder(name) {
    return name.startsWith('.') || name.startsWith('_') || name === 'testdata';
}
/** True when a package in `relativeDir` (below its module root, `''` for the root) is one `./...` matches. */
function isPackageFolder(relativeDir) {
    if (relativeDir === '')
        return true;
    const parts = relativeDir.split('/');
    return parts.every((part, i) => !skippedFolder(part) && (part !== 'vendor' || i === parts.length - 1));
}
/**
 * The directories (of `moduleDirs`, `''` for the root) whose module holds at least one Go package.
 * `moduleDirs` must list every folder with a go.mod in `files`, tagged or not: each one is a module
 * boundary, and the files below it are not its parent's.
 */
function modulesWithPackages(files, moduleDirs) {
    const found = new Set();
    for (const file of files) {
        const name = external_node_path_.posix.basename(file);
        if (!name.endsWith('.go') || name.startsWith('.') || name.startsWith('_'))
            continue;
        const packageDir = dirOf(file);
        // The nearest folder at or above the package that has a go.mod owns it.
        let owner = packageDir;
        while (owner !== undefined && !moduleDirs.has(owner))
            owner = owner === '' ? undefined : dirOf(owner);
        if (owner === undefined || found.has(owner))
            continue;
        const relative = owner === '' ? packageDir : packageDir.slice(owner.length + 1);
        if (isPackageFolder(relative))
            found.add(owner);
    }
    return found;
}

// EXTERNAL MODULE: ./build/js/shared/src/gomod/tags.js
var tags = __nccwpck_require__(3405);
;// CONCATENATED MODULE: ./build/js/actions/go-module-tags/src/modules.js
/**
 * The modules to tag, read from the commit being tagged (not the working tree: an untracked or edited
 * go.mod must not decide what a published tag means), in release order, each with its tag.
 */






const shown = (folder) => (folder === '' ? '.' : folder);
const modules_dirOf = (file) => (file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length));
/** go.mod files of the commit below `paths` and not below `exclude`; InputError for a folder that matches none. */
function selectFiles(all, inputs) {
    for (const folder of inputs.paths) {
        if (!all.some((file) => (0,gomod_modules/* isWithin */.UO)(modules_dirOf(file), folder))) {
            throw new errors/* InputError */.dz('paths', shown(folder), 'folders that hold at least one go.mod at the commit');
        }
    }
    const included = inputs.paths.length
        ? all.filter((file) => inputs.paths.some((folder) => (0,gomod_modules/* isWithin */.UO)(modules_dirOf(file), folder)))
        : all;
    const matches = (entry, file) => entry.below ? (0,gomod_modules/* isWithin */.UO)(modules_dirOf(file), entry.dir) : modules_dirOf(file) === entry.dir;
    const shownEntry = (entry) => entry.below ? `${shown(entry.dir)}/**` : shown(entry.dir);
    for (const entry of inputs.exclude) {
        if (!included.some((file) => matches(entry, file))) {
            throw new errors/* InputError */.dz('exclude', shownEntry(entry), 'module directories (or dir/** for every module below dir) of modules that would be tagged');
        }
    }
    const kept = included.filter((file) => !inputs.exclude.some((entry) => matches(entry, file)));
    if (kept.length === 0) {
        throw new errors/* InputError */.dz('exclude', inputs.exclude.map(shownEntry).join(', '), `folders that leave at least one module to tag: they leave out every one of the ${included.length} module(s)${inputs.paths.length ? ` below paths ${inputs.paths.map(shown).join(', ')}` : ''} (${included.map((file) => shown(modules_dirOf(file))).join(', ')}), so nothing would be tagged`);
    }
    return kept;
}
/** The modules to tag at `inputs.sha`, dependencies first; user errors for every rule a module breaks. */
async function findReleaseModules(git, inputs) {
    const tree = await git.listTree(inputs.sha);
    const all = (0,gomod_modules/* goModFiles */.m4)(tree);
    if (all.length === 0)
        throw new errors/* UserError */.yo(`No go.mod found in commit ${inputs.sha}.`);
    const files = selectFiles(all, inputs);
    let read;
    try {
        read = (0,gomod_modules/* readModules */.Uq)(await git.readFiles(inputs.sha, files));
    }
    catch (error) {
        if (error instanceof lexer/* GoModSyntaxError */.kX || error instanceof gomod_modules/* ModuleError */.ps) {
            throw new errors/* UserError */.yo(`Cannot order the Go modules of ${inputs.sha}: ${error.message}`);
        }
        throw error;
    }
    // Every go.mod of the tree bounds a module, tagged or not (vendor/ and testdata/ ones too: harmless).
    const withPackages = modulesWithPackages(tree, new Set(tree.filter((f) => f === 'go.mod' || f.endsWith('/go.mod')).map(modules_dirOf)));
    const empty = read.filter((m) => !withPackages.has(m.dir));
    const skipped = inputs.includeEmptyModules
        ? []
        : empty.map((m) => ({ path: m.path, dir: shown(m.dir), reason: NO_PACKAGE }));
    const kept = inputs.includeEmptyModules ? read : read.filter((m) => withPackages.has(m.dir));
    if (kept.length === 0) {
        throw new errors/* UserError */.yo(`Nothing to tag at ${inputs.sha}: the ${read.length} module(s) selected have no Go package (${read.map((m) => shown(m.dir)).join(', ')}) — ${NO_PACKAGE}. Set include-empty-modules: true to tag them anyway.`);
    }
    const { modules: ordered, cycles } = releaseOrder(kept);
    const unreachable = ordered.flatMap((m) => {
        const problem = (0,tags/* modulePathProblem */.Dl)(m.dir, m.path);
        return problem ? [`module ${m.path} in ${shown(m.dir)}: ${problem}`] : [];
    });
    if (unreachable.length) {
        throw new errors/* InputError */.dz('paths', inputs.paths.map(shown).join(', '), `modules the go command can resolve by their tags (fix the module directive, or leave the module out with 'exclude') — ${unreachable.join('; ')}`);
    }
    const problems = ordered.flatMap((m) => {
        const problem = (0,tags/* majorVersionProblem */.N0)(m.path, inputs.version);
        return problem ? [`${m.path} (${m.file}): ${problem}`] : [];
    });
    if (problems.length) {
        throw new errors/* InputError */.dz('version', inputs.version, `a version every module can take (leave others out with 'exclude') — ${problems.join('; ')}`);
    }
    const modules = ordered.map((m) => ({
        path: m.path,
        dir: shown(m.dir),
        tag: (0,tags/* moduleTag */.TM)(m.dir, m.path, inputs.version),
        dependencies: m.dependencies.filter((d) => ordered.some((o) => o.path === d)),
    }));
    const badNames = modules.flatMap((m) => {
        const problem = (0,tags/* tagNameProblem */.p9)(m.tag);
        return problem ? [`${m.tag} (${m.dir}): ${problem}`] : [];
    });
    if (badNames.length)
        throw new errors/* UserError */.yo(`Cannot tag these modules: ${badNames.join('; ')}.`);
    const seen = new Map();
    for (const m of modules) {
        const other = seen.get(m.tag);
        if (other) {
            throw new errors/* UserError */.yo(`Modules ${other.path} (${other.dir}) and ${m.path} (${m.dir}) would both be tagged ${m.tag}; leave one out with 'exclude'.`);
        }
        seen.set(m.tag, m);
    }
    const dirByPath = new Map(modules.map((m) => [m.path, m.dir]));
    return { modules, cycles: cycles.map((c) => c.map((path) => dirByPath.get(path) ?? path)), skipped };
}
const NO_PACKAGE = "no .go file in its folder outside nested modules and the folders the go command ignores (testdata, vendor, names starting with '.' or '_'): a tag would release an empty module";

;// CONCATENATED MODULE: ./build/js/actions/go-module-tags/src/remote.js
/**
 * The remote side: how a token reaches `git push` (an http.extraheader given through GIT_CONFIG_*
 * variables — never in a URL, never in argv, masked in the log), and which tags the remote already has.
 */


/**
 * The same repository, authenticated to the GitHub server's own https remote with `token` the way
 * actions/checkout does (`AUTHORIZATION: basic base64(x-access-token:TOKEN)`), replacing any header
 * checkout persisted for the host. The token goes only to GITHUB_SERVER_URL's host, over https (over
 * http only when the server itself is http, as a local test server is); another http(s) host is told
 * nothing, with a notice. Other remotes (ssh, file) get the repository unchanged.
 */
async function authenticated(git, remote, token, server) {
    if (token === undefined)
        return git;
    const url = (await git.remoteUrl(remote)) ?? remote;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return git;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return git;
    const home = URL.canParse(server.serverUrl) ? new URL(server.serverUrl) : new URL('https://github.com');
    const secure = parsed.protocol === 'https:' || home.protocol === 'http:';
    if (!secure || parsed.host !== home.host) {
        server.log.info(`Notice: the token was not sent to ${parsed.protocol}//${parsed.host} (${(0,git_git/* redactCredentials */.UY)(remote)}): it goes only to ${home.protocol}//${home.host} (GITHUB_SERVER_URL)${secure ? '' : ', and never over plain http'}; git uses its own credentials there.`);
        return git;
    }
    const header = Buffer.from(`x-access-token:${token}`).toString('base64');
    (0,action/* maskSecret */.$l)(header);
    const key = `http.${parsed.protocol}//${parsed.host}/.extraheader`;
    // An empty value first empties the list, so a header persisted by actions/checkout is not sent too.
    return git.withConfig([
        [key, ''],
        [key, `AUTHORIZATION: basic ${header}`],
    ]);
}
const remote_short = (sha) => sha.slice(0, 12);
/** Why a local tag at the commit cannot be pushed as the release tag, or undefined when it can. */
function adoptionProblem(tag, local, sign) {
    const fix = `delete it with git tag -d ${tag} and rerun`;
    if (!local.annotated)
        return `${tag} is a lightweight tag in the local repository (a release tag is annotated; ${fix})`;
    if (sign && local.signed !== true)
        return `${tag} is an unsigned tag in the local repository (signing is on; ${fix})`;
    return undefined;
}
/**
 * Sort the tags into create / adopted / existing. A tag that exists (on the remote or locally) at
 * another commit, or locally at the commit but lightweight (or unsigned when signing), is a UserError
 * listing every such tag: published tags never move, and nothing half-made is published.
 */
function tagState(modules, sha, remote, local, sign = false) {
    const state = { create: [], adopted: [], existing: [] };
    const conflicts = [];
    const problems = [];
    for (const m of modules) {
        const published = remote.tags.get(m.tag);
        const here = local.get(m.tag);
        if (published && published.commit !== sha) {
            conflicts.push(`${m.tag} is at ${remote_short(published.commit)} on ${remote.name}`);
        }
        else if (published) {
            state.existing.push(m);
        }
        else if (here !== undefined && here.commit !== sha) {
            conflicts.push(`${m.tag} is at ${remote_short(here.commit)} in the local repository (not pushed; delete it with git tag -d)`);
        }
        else if (here !== undefined) {
            const problem = adoptionProblem(m.tag, here, sign);
            if (problem)
                problems.push(problem);
            else
                state.adopted.push(m);
        }
        else {
            state.create.push(m);
        }
    }
    if (conflicts.length) {
        throw new action/* UserError */.yo(`${conflicts.length} tag(s) already exist at another commit than ${remote_short(sha)}, and a published tag never moves (the Go module proxy keeps the first): ${[...conflicts, ...problems].join('; ')}. Nothing was tagged or pushed; release the next patch version instead.`);
    }
    if (problems.length) {
        throw new action/* UserError */.yo(`${problems.length} local tag(s) at ${remote_short(sha)} cannot be published as they are: ${problems.join('; ')}. Nothing was tagged or pushed.`);
    }
    return state;
}
/** A tag pushed at a commit no branch of the remote has publishes that commit with it: say so. */
async function warnIfUnpublished(git, inputs, log) {
    if ((await git.remoteUrl(inputs.remote)) === undefined)
        return;
    const remote = (0,git_git/* redactCredentials */.UY)(inputs.remote);
    const branches = await git.refsContaining(inputs.sha, `refs/remotes/${inputs.remote}/`);
    if (branches.length === 0) {
        log.warning(`Commit ${inputs.sha} is on no branch of ${remote} that this clone knows (refs/remotes/${remote}/): pushing the tags will publish it. Push the commit to a branch first if that is not intended.`);
    }
}

;// CONCATENATED MODULE: ./build/js/actions/go-module-tags/src/tagger.js
/**
 * Who makes the tags: the configured git identity (github-actions[bot] on a fresh runner), signing or
 * not, and a check that a signature is really there — git 2.39 with `gpg.format ssh` and an unreadable
 * key exits 0 and writes ssh-keygen's error text where the signature belongs, which would publish a tag
 * that claims nothing and cannot be moved.
 */

/** `true` signs always; `auto` signs when git has `user.signingkey`; `false` never. */
async function shouldSign(git, sign) {
    if (sign === 'auto')
        return (await git.config('user.signingkey')) !== undefined;
    return sign === 'true';
}
const SIGNATURE = /\n-----BEGIN [A-Z ]*SIGNATURE-----\n[\s\S]+\n-----END [A-Z ]*SIGNATURE-----\n?$/;
/** True when the local tag object ends in a signature block. */
async function isSigned(git, tag) {
    return SIGNATURE.test((await git.run(['cat-file', 'tag', `refs/tags/${tag}`])).stdout);
}
/** UserError unless the local tag object ends in a signature block. */
async function assertSigned(git, tag) {
    const object = (await git.run(['cat-file', 'tag', `refs/tags/${tag}`])).stdout;
    if (!SIGNATURE.test(object)) {
        const tail = object.trim().split('\n').pop() ?? '';
        throw new errors/* UserError */.yo(`git tag -s made ${tag} without a signature (its object ends: ${JSON.stringify(tail.slice(0, 200))}); check user.signingkey and gpg.format.`);
    }
}
/** This clone's tags named like the modules' release tags: commit, annotated, and (when signing) signed. */
async function localReleaseTags(git, modules, sign) {
    const all = await git.localTagObjects();
    const found = new Map();
    for (const m of modules) {
        const tag = all.get(m.tag);
        if (!tag)
            continue;
        const annotated = tag.type === 'tag';
        const signed = sign && annotated ? { signed: await isSigned(git, m.tag) } : {};
        found.set(m.tag, { commit: tag.commit, annotated, ...signed });
    }
    return found;
}
/** Who tags when git has no identity configured (a fresh runner). */
const BOT = {
    GIT_COMMITTER_NAME: 'github-actions[bot]',
    GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** The repository, with github-actions[bot] as committer when git has no identity. */
async function tagger(git, log) {
    const name = (process.env.GIT_COMMITTER_NAME ?? (await git.config('user.name'))) !== undefined;
    const email = (process.env.GIT_COMMITTER_EMAIL ?? (await git.config('user.email'))) !== undefined;
    if (name && email)
        return git;
    log.info(`git has no user.name/user.email: tagging as ${BOT.GIT_COMMITTER_NAME}.`);
    return git.withEnv(BOT);
}

;// CONCATENATED MODULE: ./build/js/actions/go-module-tags/src/summary.js
function summary_status(m, facts) {
    if (facts.state.existing.includes(m))
        return 'already on the remote at this commit';
    const adopted = facts.state.adopted.includes(m);
    if (facts.inputs.dryRun)
        return adopted ? 'local tag would be pushed as it is (dry run)' : 'would be created (dry run)';
    if (!facts.pushed.includes(m.tag))
        return 'not pushed';
    return adopted ? 'local tag adopted and pushed as it was' : 'created and pushed';
}
/** Add the go-module-tags section to the job summary. */
function writeSummary(summary, facts) {
    const { inputs, modules } = facts;
    summary.heading(`Go module tags ${inputs.version}${inputs.dryRun ? ' (dry run)' : ''}`);
    summary.facts({
        commit: inputs.sha,
        remote: facts.remote,
        modules: modules.length,
        pushed: inputs.dryRun ? undefined : facts.pushed.length,
        'adopted local tags': facts.state.adopted.length || undefined,
        'already there': facts.state.existing.length,
    });
    summary.table(['#', 'module', 'directory', 'tag', 'requires', 'status'], modules.map((m, i) => [i + 1, m.path, m.dir, m.tag, m.dependencies.join(', ') || '—', summary_status(m, facts)]));
    for (const cycle of facts.cycles) {
        summary.paragraph(`${cycle.map((dir) => `\`${dir}\``).join(', ')} require each other (a cycle, which Go allows): tagged together, in the one atomic push.`);
    }
    if (facts.skipped.length) {
        summary.paragraph('Left out: no Go package (set include-empty-modules: true to tag them):');
        summary.table(['module', 'directory', 'why'], facts.skipped.map((m) => [m.path, m.dir, m.reason]));
    }
    if (facts.commands.length) {
        summary.details('Commands', ['```sh', ...facts.commands, '```'].join('\n'));
    }
}

;// CONCATENATED MODULE: ./build/js/actions/go-module-tags/src/run.js
/**
 * go-module-tags: seed 001's `hack/release-helper.sh go-tag <tag> [remote]`, done safely — one tag per
 * nested Go module, dependencies first, at one commit SHA (never a branch), checked against the
 * remote's tags first (a published tag never moves) and pushed in one atomic push.
 */











async function run(inputs, deps) {
    const { log } = deps;
    if ((await deps.git.resolveCommit(inputs.sha)) !== inputs.sha) {
        throw new action/* UserError */.yo(`Commit ${inputs.sha} is not in the repository at ${inputs.workspace}: check out the commit to tag (actions/checkout with that ref).`);
    }
    await warnIfUnpublished(deps.git, inputs, log);
    const { modules, cycles, skipped } = await findReleaseModules(deps.git, inputs);
    log.info(`${modules.length} module(s) in dependency order: ${modules.map((m) => m.dir).join(', ')}`);
    for (const m of skipped) {
        log.info(`Left out ${m.dir} (${m.path}): ${m.reason}. Set include-empty-modules: true to tag it.`);
    }
    for (const cycle of cycles) {
        log.info(`${cycle.join(', ')} require each other (a cycle Go allows): tagged together, in the one atomic push.`);
    }
    // The one read from the remote: every tag it has, peeled to its commit.
    const remote = (0,git_git/* redactCredentials */.UY)(inputs.remote);
    const remoteGit = await authenticated(deps.git, inputs.remote, inputs.token, {
        serverUrl: inputs.serverUrl,
        log,
    });
    const remoteTags = await remoteGit.lsRemoteTags(inputs.remote);
    const sign = await shouldSign(deps.git, inputs.sign);
    const local = await localReleaseTags(deps.git, modules, sign);
    const state = tagState(modules, inputs.sha, { name: remote, tags: remoteTags }, local, sign);
    if (state.adopted.length) {
        log.info(`Adopting ${state.adopted.length} ${sign ? 'signed' : 'annotated'} local tag(s) already at ${inputs.sha}, pushed as they are (not re-created): ${state.adopted.map((m) => m.tag).join(', ')}`);
    }
    const tagArgs = (m) => (0,git_git/* tagCommand */.oZ)(m.tag, inputs.sha, {
        message: (0,message/* renderMessage */.e4)(inputs.message, {
            module: m.path,
            version: inputs.version,
            tag: m.tag,
            dir: m.dir,
            sha: inputs.sha,
        }),
        sign,
    });
    const toPush = pushedTags(modules, state);
    const steps = inputs.bumpRequires && deps.go !== undefined ? (0,bump/* bumpSteps */.k7)(modules, inputs.version) : [];
    if (inputs.bumpRequires && deps.go === undefined) {
        log.warning('bump-requires: skipped — no Go toolchain (`go`) on PATH.');
    }
    const commands = printedCommands(modules, state, { remote, tagArgs, steps });
    await log.group(`Commands${inputs.dryRun ? ' to run by hand' : ''} (dependency order, commit ${inputs.sha})`, () => {
        for (const line of commands.length ? commands : ['# nothing to do: every tag exists at this commit'])
            log.info(line);
        return Promise.resolve();
    });
    const tagging = await tagger(deps.git, log);
    const createdLocally = [];
    const plan = new Plan();
    for (const m of state.create) {
        plan.add({
            kind: 'create tag',
            target: m.tag,
            detail: `${sign ? 'signed' : 'annotated'}, at ${inputs.sha}`,
            apply: async () => {
                await tagging.run(tagArgs(m));
                createdLocally.push(m.tag);
                if (sign)
                    await assertSigned(deps.git, m.tag);
            },
        });
    }
    if (toPush.length) {
        plan.add({
            kind: 'push tags',
            target: remote,
            detail: `${toPush.length} tag(s) in one atomic push${state.adopted.length ? ` (${state.adopted.length} adopted)` : ''}`,
            apply: () => remoteGit.run((0,git_git/* pushTagsCommand */.hY)(inputs.remote, toPush)).then(() => undefined),
        });
    }
    const root = steps.length && deps.go ? await deps.git.output(['rev-parse', '--show-toplevel']) : '';
    for (const step of steps)
        plan.add((0,bump/* bumpEffect */.SO)(step, root, deps.go ?? 'go'));
    const fileOf = (step) => step.module.dir === '.' ? 'go.mod' : `${step.module.dir}/go.mod`;
    let bumped = inputs.dryRun ? [] : steps.map(fileOf);
    try {
        await executePlan(plan, { dryRun: inputs.dryRun, log });
    }
    catch (error) {
        if (!(error instanceof PlanError))
            throw error;
        if (error.failed.kind === 'bump requires in' && toPush.length) {
            // The tags are pushed and final: a bump that failed is for the person to finish, not a failed release.
            bumped = bumpWarning(error, log);
        }
        else {
            // Tags pushed or not, the remote has all or none of them; local tags of a failed run go, so a rerun starts clean.
            if (error.failed.kind !== 'bump requires in') {
                for (const tag of createdLocally)
                    await deps.git.deleteLocalTag(tag);
                if (createdLocally.length)
                    log.info(`Deleted the ${createdLocally.length} local tag(s) this run created.`);
            }
            if (error.failed.kind === 'push tags')
                throw pushFailure(error, { remote, tags: toPush, createdLocally });
            throw error;
        }
    }
    const outputs = {
        tags: modules.map((m) => m.tag),
        modules: modules.map((m) => ({ path: m.path, dir: m.dir, tag: m.tag, dependencies: m.dependencies })),
        created: inputs.dryRun ? [] : state.create.map((m) => m.tag),
        adopted: inputs.dryRun ? [] : state.adopted.map((m) => m.tag),
        existing: state.existing.map((m) => m.tag),
        skipped,
        sha: inputs.sha,
        bumped,
    };
    writeSummary(deps.summary, {
        inputs,
        remote,
        modules,
        cycles,
        skipped,
        state,
        commands,
        pushed: inputs.dryRun ? [] : toPush,
    });
    return outputs;
}
/** Warn that bump-requires failed after the push, naming the go.mod files bumped and not; returns the bumped ones. */
function bumpWarning(error, log) {
    const bump = (effects) => effects.filter((e) => e.kind === 'bump requires in').map((e) => e.target);
    const done = bump(error.applied);
    const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
    log.warning(`bump-requires failed after the tags were pushed (the tags are final): ${cause}. Bumped: ${done.join(', ') || 'none'}. Not bumped: ${bump([error.failed, ...error.pending]).join(', ')}.`);
    return done;
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

/***/ 8034:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  Vt: () => (/* reexport */ getBooleanInput),
  iv: () => (/* reexport */ getEnumInput),
  DF: () => (/* reexport */ getListInput),
  lI: () => (/* reexport */ getOptionalInput),
  $l: () => (/* reexport */ maskSecret),
  gi: () => (/* reexport */ readRunnerContext),
  Cs: () => (/* reexport */ runAction),
  n0: () => (/* reexport */ setOutputs)
});

// UNUSED EXPORTS: JobSummary, describeError, getMultilineInput, getRequiredInput, isUserError, runnerLogger

// EXTERNAL MODULE: ./build/js/shared/src/action/errors.js
var errors = __nccwpck_require__(4691);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
        token = `release-actions-${(0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex')}`;
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: ${name} should not contain the delimiter "${delimiter}"`);
    (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/** Register a value the runner masks in every later line of the log. */
function addMask(value) {
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
        addMask(value);
    return value;
}
/** A required input; InputError when empty. */
function getRequiredInput(name, options) {
    const value = raw(name, options);
    if (value === '')
        throw new InputError(name, '', 'a value (this input is required)');
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

/***/ 7960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   UY: () => (/* binding */ redactCredentials),
/* harmony export */   XS: () => (/* binding */ GitError),
/* harmony export */   hY: () => (/* binding */ pushTagsCommand),
/* harmony export */   oZ: () => (/* binding */ tagCommand)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7428);
/**
 * The git CLI through @actions/exec. Remotes may carry credentials (`https://x-access-token:…@host`):
 * every command line and output that can reach a message goes through `redactCredentials` first.
 */

/** Replace the userinfo of every URL in a text (`https://user:token@host` → `https://***@host`). */
function redactCredentials(text) {
    // Up to the last `@` before the path, as URL parsers split: a password may hold a raw `@`.
    return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/\s]+@/gi, '$1***@');
}
class GitError extends Error {
    args;
    result;
    name = 'GitError';
    constructor(args, result) {
        super(redactCredentials(`git ${args.join(' ')} exited ${result.exitCode}: ${result.stderr.trim() || result.stdout.trim()}`));
        this.args = args;
        this.result = result;
    }
}
/** A git working copy (or bare repository) at `cwd`. */
class Git {
    cwd;
    env;
    constructor(cwd, env = {}) {
        this.cwd = cwd;
        this.env = env;
    }
    /** Run git; throws GitError on a non-zero exit unless `allowFailure`. */
    async run(args, options = {}) {
        const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', args, {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...this.env },
            ...(options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
        });
        if (result.exitCode !== 0 && !options.allowFailure) {
            throw new GitError(args.map(redactCredentials), {
                ...result,
                stdout: redactCredentials(result.stdout),
                stderr: redactCredentials(result.stderr),
            });
        }
        return result;
    }
    async output(args) {
        return (await this.run(args)).stdout.trim();
    }
    /** The commit a revision names, or undefined when it names none. */
    async resolveCommit(rev) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
            allowFailure: true,
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** Tags on a remote in one `git ls-remote`, peeled to their commits. */
    async lsRemoteTags(remote) {
        const out = await this.output(['ls-remote', '--tags', remote]);
        const tags = new Map();
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref?.startsWith('refs/tags/'))
                continue;
            const peeled = ref.endsWith('^{}');
            const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
            const known = tags.get(name);
            if (!known)
                tags.set(name, { name, sha, commit: sha });
            else if (peeled)
                known.commit = sha;
            else
                known.sha = sha;
        }
        return tags;
    }
    /** Local tags and the commits they point at. */
    async localTags() {
        const out = await this.output([
            'for-each-ref',
            '--format=%(refname:strip=2)%09%(*objectname)%09%(objectname)',
            'refs/tags',
        ]);
        const tags = new Map();
        for (const line of out.split('\n').filter(Boolean)) {
            const [name, peeled, sha] = line.split('\t');
            if (name)
                tags.set(name, peeled || sha || '');
        }
        return tags;
    }
    /** Local tags with the commit each points at and its object type (`tag` when annotated, `commit` when lightweight). */
    async localTagObjects() {
        const out = await this.output([
            'for-each-ref',
            '--format=%(refname:strip=2)%09%(*objectname)%09%(objectname)%09%(objecttype)',
            'refs/tags',
        ]);
        const tags = new Map();
        for (const line of out.split('\n').filter(Boolean)) {
            const [name, peeled, sha, type] = line.split('\t');
            if (name)
                tags.set(name, { commit: peeled || sha || '', type: type ?? '' });
        }
        return tags;
    }
    /** Create an annotated tag (or lightweight when no message) at a commit. */
    async createTag(name, commit, options = {}) {
        await this.run(tagCommand(name, commit, options));
    }
    /** Delete a local tag (no error when it does not exist). */
    async deleteLocalTag(name) {
        await this.run(['tag', '-d', name], { allowFailure: true });
    }
    /** Push refspecs in one `git push --atomic`: all land or none do. */
    async pushAtomic(remote, refspecs) {
        if (refspecs.length === 0)
            return;
        await this.run(['push', '--atomic', '--porcelain', remote, ...refspecs]);
    }
    /** Push tags in one `git push --atomic <remote> refs/tags/…` (never forced: an existing remote tag is never moved). */
    async pushTagsAtomic(remote, tags) {
        if (tags.length === 0)
            return;
        await this.run(pushTagsCommand(remote, tags));
    }
    /** A config value, or undefined when it is not set. */
    async config(key) {
        const result = await this.run(['config', '--get', key], { allowFailure: true });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** The fetch URL of a configured remote, or undefined when `remote` is not the name of one. */
    async remoteUrl(remote) {
        const result = await this.run(['remote', 'get-url', '--', remote], { allowFailure: true });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** Every file path in a commit's tree, relative to the repository root (one `git ls-tree`). */
    async listTree(commit) {
        const out = (await this.run(['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit])).stdout;
        return out.split('\0').filter(Boolean);
    }
    /** The text of files at a commit, in one `git cat-file --batch`; files that are not blobs are left out. */
    async readFiles(commit, paths) {
        const files = new Map();
        if (paths.length === 0)
            return files;
        const input = paths.map((p) => `${commit}:${p}\n`).join('');
        const out = Buffer.from((await this.run(['cat-file', '--batch'], { input })).stdout, 'utf8');
        let at = 0;
        for (const path of paths) {
            const end = out.indexOf(0x0a, at);
            const header = out.subarray(at, end).toString('utf8').split(' ');
            at = end + 1;
            if (header[1] === 'missing' || header.length !== 3)
                continue;
            const size = Number(header[2]);
            if (header[1] === 'blob')
                files.set(path, out.subarray(at, at + size).toString('utf8'));
            at += size + 1;
            // Invalid UTF-8 in a file changes byte counts once decoded: refuse rather than misread the rest.
            if (out[at - 1] !== 0x0a)
                throw new Error(`git cat-file: ${path} at ${commit} is not UTF-8 text`);
        }
        return files;
    }
    /** The same repository with config entries given through GIT_CONFIG_* (never in argv, so never in a process list or log). */
    withConfig(entries) {
        // Entries already given this way (by the runner, or an earlier withConfig) are kept; ours come after.
        const base = Number(this.env.GIT_CONFIG_COUNT ?? process.env.GIT_CONFIG_COUNT ?? 0) || 0;
        const env = { ...this.env, GIT_CONFIG_COUNT: String(base + entries.length) };
        entries.forEach(([key, value], i) => {
            env[`GIT_CONFIG_KEY_${base + i}`] = key;
            env[`GIT_CONFIG_VALUE_${base + i}`] = value;
        });
        return new Git(this.cwd, env);
    }
    /** Names of the refs under `prefix` (e.g. `refs/remotes/origin/`) whose history contains `commit`. */
    async refsContaining(commit, prefix) {
        const out = await this.output(['for-each-ref', '--format=%(refname)', '--contains', commit, prefix]);
        return out.split('\n').filter(Boolean);
    }
    /** The same repository with more environment variables for git (an identity, a date). */
    withEnv(env) {
        return new Git(this.cwd, { ...this.env, ...env });
    }
}
/** The argv (after `git`) that creates a tag: `tag -a|-s -m <message> <name> <commit>`. */
function tagCommand(name, commit, options = {}) {
    const args = ['tag'];
    if (options.sign)
        args.push('-s');
    else if (options.message !== undefined)
        args.push('-a');
    if (options.message !== undefined || options.sign)
        args.push('-m', options.message ?? name);
    return [...args, name, commit];
}
/** The argv (after `git`) that pushes tags atomically: `push --atomic <remote> refs/tags/<tag>…`. */
function pushTagsCommand(remote, tags) {
    return ['push', '--atomic', remote, ...tags.map((t) => `refs/tags/${t}`)];
}


/***/ }),

/***/ 8336:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ii: () => (/* binding */ lex),
/* harmony export */   kX: () => (/* binding */ GoModSyntaxError)
/* harmony export */ });
/* unused harmony export unquote */
/**
 * The go.mod lexer, after golang.org/x/mod/modfile/read.go: a file is lines of tokens; `//` starts a
 * comment to the end of the line (`/* *\/` is an error); `"…"` strings take Go escapes, `` `…` `` strings
 * are raw; neither may span lines; `( ) [ ] { } ,` are tokens of their own; anything else printable up
 * to a space or one of those is an identifier.
 */
class GoModSyntaxError extends Error {
    file;
    line;
    column;
    reason;
    name = 'GoModSyntaxError';
    constructor(file, line, column, reason) {
        super(`${file}:${line}:${column}: ${reason}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}
const PUNCT = new Set(['(', ')', '[', ']', '{', '}', ',']);
function isIdentChar(c) {
    return !PUNCT.has(c) && !/\s/u.test(c) && /\P{C}/u.test(c);
}
/** Split a go.mod text into lines of tokens; throws GoModSyntaxError with the file, line and column. */
function lex(text, file = 'go.mod') {
    const lines = [];
    const sourceLines = text.replace(/^\uFEFF/, '').split('\n');
    for (const [index, raw] of sourceLines.entries()) {
        const number = index + 1;
        const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        const fail = (column, reason) => {
            throw new GoModSyntaxError(file, number, column, reason);
        };
        const chars = [...source];
        const out = { tokens: [], line: number };
        let i = 0;
        while (i < chars.length) {
            const c = chars[i] ?? '';
            const column = i + 1;
            if (c === ' ' || c === '\t' || c === '\r') {
                i++;
            }
            else if (c === '/' && chars[i + 1] === '/') {
                out.comment = chars
                    .slice(i + 2)
                    .join('')
                    .trim();
                break;
            }
            else if (c === '/' && chars[i + 1] === '*') {
                fail(column, 'mod files must use // comments, not /* */ comments');
            }
            else if (PUNCT.has(c)) {
                out.tokens.push({ kind: 'punct', text: c, value: c, line: number, column });
                i++;
            }
            else if (c === '"' || c === '`') {
                let j = i + 1;
                while (j < chars.length && chars[j] !== c)
                    j += chars[j] === '\\' && c === '"' ? 2 : 1;
                if (j >= chars.length)
                    fail(column, 'unexpected newline in string');
                const quoted = chars.slice(i, j + 1).join('');
                const value = c === '`' ? quoted.slice(1, -1) : unquote(quoted, (reason) => fail(column, reason));
                out.tokens.push({ kind: 'string', text: quoted, value, line: number, column });
                i = j + 1;
            }
            else if (isIdentChar(c)) {
                let j = i;
                while (j < chars.length && isIdentChar(chars[j] ?? '')) {
                    if (chars[j] === '/' && chars[j + 1] === '/')
                        break;
                    if (chars[j] === '/' && chars[j + 1] === '*') {
                        fail(j + 1, 'mod files must use // comments, not /* */ comments');
                    }
                    j++;
                }
                const ident = chars.slice(i, j).join('');
                out.tokens.push({ kind: 'ident', text: ident, value: ident, line: number, column });
                i = j;
            }
            else {
                fail(column, `unexpected input character ${JSON.stringify(c)}`);
            }
        }
        lines.push(out);
    }
    return lines;
}
const SIMPLE_ESCAPES = {
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\\': '\\',
    '"': '"',
};
/** A Go interpreted string literal's value (strconv.Unquote for `"…"`). */
function unquote(quoted, fail) {
    const body = quoted.slice(1, -1);
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const e = body[i + 1] ?? '';
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined) {
            out += simple;
            i++;
            continue;
        }
        const hexLength = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (hexLength) {
            const hex = body.slice(i + 2, i + 2 + hexLength);
            if (!new RegExp(`^[0-9a-fA-F]{${hexLength}}$`).test(hex))
                fail(`invalid escape \\${e}${hex}`);
            const code = parseInt(hex, 16);
            if (e === 'x')
                out += Buffer.from([code]).toString('latin1');
            else if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
                fail(`invalid escape \\${e}${hex}`);
            else
                out += String.fromCodePoint(code);
            i += 1 + hexLength;
            continue;
        }
        const octal = body.slice(i + 1, i + 4);
        if (/^[0-7]{3}$/.test(octal) && parseInt(octal, 8) <= 255) {
            out += String.fromCharCode(parseInt(octal, 8));
            i += 3;
            continue;
        }
        fail(`invalid escape \\${e} in string ${quoted}`);
    }
    return out;
}


/***/ }),

/***/ 6801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ps: () => (/* binding */ ModuleError),
  m4: () => (/* binding */ goModFiles),
  UO: () => (/* binding */ isWithin),
  zJ: () => (/* binding */ normaliseFolder),
  Uq: () => (/* binding */ readModules)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/js/shared/src/gomod/lexer.js
var lexer = __nccwpck_require__(8336);
;// CONCATENATED MODULE: ./build/js/shared/src/gomod/parse.js
/**
 * go.mod → GoModFile, after golang.org/x/mod/modfile (strict for syntax and for the directives it
 * knows; directives of a newer Go are kept in `unknown`, as its lax mode does).
 */

/** golang.org/x/mod/semver's grammar: `v1` and `v1.2` shorthands; prerelease and build only after three numbers. */
const GO_SEMVER = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?)?$/;
const GO_VERSION = /^([1-9]\d*)\.(0|[1-9]\d*)(\.(0|[1-9]\d*))?([a-z]+[0-9]+)?$/;
const TOOLCHAIN = /^(default|go[1-9]\d*(\.(0|[1-9]\d*)){0,2}([a-z]+[0-9]+)?(-\S+)?)$/;
/** modfile.IsDirectoryPath: a replacement naming a directory (`./x`, `../x`, `/abs`, `C:\x`), not a module. */
function isLocalPath(path) {
    return /^(\.\.?([/\\]|$)|[/\\]|[A-Za-z]:)/.test(path);
}
/**
 * module.CanonicalVersion: `v1.2` → `v1.2.0`, `v1.2.3+meta` → `v1.2.3` (`+incompatible` is kept);
 * undefined for what is no version (`1.2.3`, `v01.2.3`, `v1.2-pre`). go.mod holds versions this way.
 */
function canonicalModuleVersion(version) {
    const m = GO_SEMVER.exec(version);
    if (!m)
        return undefined;
    const [, major, minor = '0', patch = '0', prerelease = '', build = ''] = m;
    // Numeric prerelease identifiers may not have leading zeros.
    if (prerelease
        .slice(1)
        .split('.')
        .some((id) => /^0\d+$/.test(id)))
        return undefined;
    return `v${major}.${minor}.${patch}${prerelease}${build === '+incompatible' ? build : ''}`;
}
function statements(lines, file) {
    const out = [];
    let block;
    let comments = [];
    const fail = (token, reason) => {
        throw new lexer/* GoModSyntaxError */.kX(file, token.line, token.column, reason);
    };
    for (const line of lines) {
        const { tokens } = line;
        if (tokens.length === 0) {
            comments = line.comment !== undefined ? [...comments, line.comment] : [];
            continue;
        }
        const first = tokens[0];
        const last = tokens[tokens.length - 1];
        if (block) {
            if (tokens.length === 1 && first.text === ')') {
                block = undefined;
            }
            else {
                const paren = tokens.find((t) => t.kind === 'punct' && (t.text === '(' || t.text === ')'));
                if (paren)
                    fail(paren, `unexpected ${JSON.stringify(paren.text)} inside a ${block.verb} block`);
                // modfile's parseDirectiveComment: a line with no comment of its own takes the block's.
                const own = comments.length > 0 || line.comment !== undefined;
                const before = own ? comments : block.before;
                out.push({ verb: block.verb, args: tokens, line: line.line, before, suffix: line.comment });
            }
            comments = [];
            continue;
        }
        if (first.kind !== 'ident')
            fail(first, `unexpected ${JSON.stringify(first.text)}: expected a directive`);
        const opens = tokens.length === 2 && last.text === '(' && last.kind === 'punct';
        const empty = tokens.length === 3 && tokens[1]?.text === '(' && last.text === ')' && last.kind === 'punct';
        if (opens) {
            block = { verb: first.value, line: line.line, before: comments };
        }
        else if (!empty) {
            const paren = tokens.find((t) => t.kind === 'punct' && (t.text === '(' || t.text === ')'));
            if (paren)
                fail(paren, `unexpected ${JSON.stringify(paren.text)}`);
            out.push({
                verb: first.value,
                args: tokens.slice(1),
                line: line.line,
                before: comments,
                suffix: line.comment,
            });
        }
        comments = [];
    }
    if (block)
        throw new lexer/* GoModSyntaxError */.kX(file, block.line, 1, `${block.verb} block is never closed with ")"`);
    return out;
}
/** The text after a `Deprecated:` paragraph in comments, as modfile's parseDeprecation reads it. */
function deprecation(comments) {
    const paragraphs = comments.join('\n').split(/\n\s*\n/);
    const found = paragraphs.find((p) => p.startsWith('Deprecated:'));
    return found === undefined ? undefined : found.slice('Deprecated:'.length).trim();
}
/** Parse a go.mod text; throws GoModSyntaxError naming the file, line and column of the first problem. */
function parseGoMod(text, file = 'go.mod') {
    const mod = {
        file,
        require: [],
        exclude: [],
        replace: [],
        retract: [],
        godebug: [],
        tool: [],
        ignore: [],
        unknown: [],
    };
    for (const s of statements((0,lexer/* lex */.Ii)(text, file), file)) {
        const fail = (reason, token) => {
            throw new lexer/* GoModSyntaxError */.kX(file, s.line, token?.column ?? 1, `${s.verb}: ${reason}`);
        };
        const word = (token, what) => {
            if (!token || token.kind === 'punct')
                return fail(`expected ${what}`, token);
            // modfile's parseString: only "…" quotes; other quotes are reserved, even inside a word.
            if (token.text.startsWith('`') || (token.kind === 'ident' && /["'`]/.test(token.text))) {
                return fail(`invalid quoted string ${token.text}: unquoted string cannot contain quote`, token);
            }
            return token.value;
        };
        const count = (...allowed) => {
            if (!allowed.includes(s.args.length)) {
                fail(`usage: ${USAGE[s.verb] ?? s.verb} (got ${s.args.length} argument(s))`, s.args[0]);
            }
        };
        const version = (token) => {
            const value = word(token, 'a version');
            return (canonicalModuleVersion(value) ??
                fail(`version ${JSON.stringify(value)} invalid: must be of the form v1.2.3`, token));
        };
        switch (s.verb) {
            case 'module': {
                count(1);
                if (mod.module)
                    fail(`repeated module statement (first on line ${mod.module.line})`);
                const deprecated = deprecation([...s.before, ...(s.suffix !== undefined ? [s.suffix] : [])]);
                mod.module = { path: word(s.args[0], 'a module path'), line: s.line };
                if (deprecated !== undefined)
                    mod.module.deprecated = deprecated;
                break;
            }
            case 'go': {
                count(1);
                if (mod.go !== undefined)
                    fail('repeated go statement');
                const value = word(s.args[0], 'a Go version');
                if (!GO_VERSION.test(value))
                    fail(`invalid go version '${value}': must match format 1.23.0`);
                mod.go = value;
                break;
            }
            case 'toolchain': {
                count(1);
                if (mod.toolchain !== undefined)
                    fail('repeated toolchain statement');
                const value = word(s.args[0], 'a toolchain name');
                if (!TOOLCHAIN.test(value))
                    fail(`invalid toolchain '${value}': must be of the form go1.23.0`);
                mod.toolchain = value;
                break;
            }
            case 'require':
            case 'exclude': {
                count(2);
                const path = word(s.args[0], 'a module path');
                const v = version(s.args[1]);
                if (s.verb === 'exclude')
                    mod.exclude.push({ path, version: v, line: s.line });
                else
                    mod.require.push({ path, version: v, indirect: isIndirect(s.suffix), line: s.line });
                break;
            }
            case 'replace':
                mod.replace.push(replace(s, word, version, fail));
                break;
            case 'retract':
                mod.retract.push(retract(s, version, fail));
                break;
            case 'godebug': {
                count(1);
                const value = word(s.args[0], 'key=value');
                const at = value.indexOf('=');
                if (at <= 0)
                    fail(`expected key=value, got ${JSON.stringify(value)}`, s.args[0]);
                mod.godebug.push({ key: value.slice(0, at), value: value.slice(at + 1), line: s.line });
                break;
            }
            case 'tool':
            case 'ignore':
                count(1);
                mod[s.verb].push({ path: word(s.args[0], 'a path'), line: s.line });
                break;
            default:
                mod.unknown.push({ verb: s.verb, line: s.line });
        }
    }
    return mod;
}
const USAGE = {
    module: 'module module/path',
    go: 'go 1.23.0',
    toolchain: 'toolchain go1.23.0',
    require: 'require module/path v1.2.3',
    exclude: 'exclude module/path v1.2.3',
    godebug: 'godebug key=value',
    tool: 'tool module/path/cmd',
    ignore: 'ignore ./path',
};
/** modfile's isIndirect: the comment is exactly `indirect`, or starts with the word `indirect;` and more. */
function isIndirect(comment) {
    const words = (comment ?? '').split(/\s+/).filter(Boolean);
    return (words.length === 1 && words[0] === 'indirect') || (words.length > 1 && words[0] === 'indirect;');
}
function replace(s, word, version, fail) {
    const arrow = s.args.findIndex((t) => t.kind === 'ident' && t.value === '=>');
    const usage = 'usage: replace module/path [v1.2.3] => other/module v1.4 | => ./local/dir';
    if (arrow !== 1 && arrow !== 2)
        fail(usage, s.args[0]);
    const after = s.args.length - arrow - 1;
    if (after !== 1 && after !== 2)
        fail(usage, s.args[arrow]);
    const old = { path: word(s.args[0], 'a module path') };
    if (arrow === 2)
        old.version = version(s.args[1]);
    const target = { path: word(s.args[arrow + 1], 'a module path or directory') };
    const local = isLocalPath(target.path);
    if (after === 2) {
        if (local)
            fail('replacement module directory path must not have a version', s.args[arrow + 2]);
        target.version = version(s.args[arrow + 2]);
    }
    else if (!local) {
        fail(target.path.includes('@')
            ? "replacement module must match format 'path version', not 'path@version'"
            : 'replacement module without version must be a directory path (rooted or starting with ./ or ../)', s.args[arrow + 1]);
    }
    else if (process.platform !== 'win32' && target.path.includes('\\')) {
        fail('replacement directory appears to be Windows path (on a non-windows system)', s.args[arrow + 1]);
    }
    return { old, new: target, local, line: s.line };
}
function retract(s, version, fail) {
    const comments = [...s.before, ...(s.suffix !== undefined ? [s.suffix] : [])];
    const rationale = comments.join('\n').trim();
    const withRationale = (r) => rationale ? { ...r, rationale } : r;
    const [a, b, c, d, e] = s.args;
    if (s.args.length === 1) {
        const v = version(a);
        return withRationale({ low: v, high: v, line: s.line });
    }
    if (s.args.length === 5 && a?.text === '[' && c?.text === ',' && e?.text === ']') {
        return withRationale({ low: version(b), high: version(d), line: s.line });
    }
    return fail('usage: retract v1.2.3 | retract [v1.2.3, v1.3.0]', a);
}

;// CONCATENATED MODULE: ./build/js/shared/src/gomod/modules.js
/**
 * The Go modules of a repository: every go.mod below the root (or below chosen folders), except those
 * under `vendor/` and `testdata/` (the go command never treats those as modules of the repository) or
 * under an excluded folder; each with its in-repository dependencies (its `require`s of another module
 * found here).
 */


const IGNORED_FOLDERS = new Set(['vendor', 'testdata']);
/** Normalise a folder given by a user to `a/b` form (`''` for the root); undefined when it leaves the root. */
function normaliseFolder(folder) {
    const clean = external_node_path_.posix.normalize(folder.replace(/\\/g, '/')).replace(/\/+$/, '');
    if (clean === '.' || clean === '')
        return '';
    if (clean.startsWith('/') || clean === '..' || clean.startsWith('../'))
        return undefined;
    return clean;
}
/** True when `dir` is `folder` or below it. */
function isWithin(dir, folder) {
    return folder === '' || dir === folder || dir.startsWith(`${folder}/`);
}
/** The go.mod paths (of a file listing) that are modules of the repository. */
function goModFiles(files) {
    return files
        .filter((file) => file === 'go.mod' || file.endsWith('/go.mod'))
        .filter((file) => !file
        .split('/')
        .slice(0, -1)
        .some((part) => IGNORED_FOLDERS.has(part)))
        .sort();
}
/** Parse go.mod texts into modules with their in-repository dependencies; throws on a syntax error or a duplicate module path. */
function readModules(texts) {
    const modules = [];
    const byPath = new Map();
    for (const [file, text] of [...texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const mod = parseGoMod(text, file);
        if (!mod.module)
            throw new ModuleError(`${file} has no module directive`);
        const dir = external_node_path_.posix.dirname(file) === '.' ? '' : external_node_path_.posix.dirname(file);
        const known = byPath.get(mod.module.path);
        if (known) {
            throw new ModuleError(`${known.file} and ${file} both declare module ${mod.module.path}`);
        }
        const module = { path: mod.module.path, dir, file, dependencies: [], mod };
        byPath.set(module.path, module);
        modules.push(module);
    }
    for (const module of modules) {
        const required = module.mod.require.map((r) => r.path).filter((p) => p !== module.path && byPath.has(p));
        module.dependencies = [...new Set(required)].sort();
    }
    return modules;
}
/** A problem with the modules found (no module directive, a module path declared twice, a cycle). */
class ModuleError extends Error {
    name = 'ModuleError';
}


/***/ }),

/***/ 3405:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ modulePathProblem),
/* harmony export */   N0: () => (/* binding */ majorVersionProblem),
/* harmony export */   TM: () => (/* binding */ moduleTag),
/* harmony export */   hQ: () => (/* binding */ releaseVersionProblem),
/* harmony export */   p9: () => (/* binding */ tagNameProblem)
/* harmony export */ });
/* unused harmony exports pathMajor, tagPrefix */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2088);
/**
 * Release versions and the tags that name a nested module's release, as the go command looks them up:
 * a module in directory `src/webhook` at v0.8.0 is tag `src/webhook/v0.8.0`; the root module's is the
 * bare `v0.8.0`; a `/vN` module kept in a `vN` subfolder is tagged without that `vN` folder.
 */

/** Why a version cannot be a module release tag, or undefined when it can. */
function releaseVersionProblem(version) {
    if (!version.startsWith('v'))
        return 'a SemVer version with a v prefix, such as v0.8.0';
    if (version.includes('+')) {
        return version.endsWith('+incompatible')
            ? 'a version without +incompatible (the go command adds it to v2+ modules without go.mod; it is never part of a tag)'
            : 'a version without build metadata (+…): the go command ignores it, so two tags would name one version';
    }
    const parsed = semver__WEBPACK_IMPORTED_MODULE_0__.parse(version.slice(1));
    if (!parsed || `v${parsed.version}` !== version) {
        return 'a SemVer version with a v prefix and three numbers, such as v0.8.0 or v0.8.0-alpha.1';
    }
    return undefined;
}
/** The major version a module path declares: 3 for `example.com/m/v3`, undefined for v0/v1 paths. */
function pathMajor(modulePath) {
    const match = /\/v([1-9]\d*)$/.exec(modulePath);
    if (!match)
        return undefined;
    const major = Number(match[1]);
    return major >= 2 ? major : undefined;
}
/** Why `version` cannot be a release of `modulePath`, or undefined when it can. */
function majorVersionProblem(modulePath, version) {
    const major = semver__WEBPACK_IMPORTED_MODULE_0__.major(version.slice(1));
    const suffix = pathMajor(modulePath);
    if (/\/v[01]$/.test(modulePath)) {
        return `a module path ending in ${modulePath.slice(modulePath.lastIndexOf('/'))} is invalid: v0 and v1 modules have no major suffix`;
    }
    if (suffix === undefined && major >= 2) {
        return `a v${major} version needs the module path to end in /v${major} (v0 and v1 modules have no suffix)`;
    }
    if (suffix !== undefined && major !== suffix) {
        return `the module path ends in /v${suffix}, so its versions must be v${suffix}.x.y, not ${version}`;
    }
    return undefined;
}
/**
 * The tag prefix of a module: its directory relative to the repository root (`''` for the root), less
 * a trailing `vN` folder when the module path ends in the same `/vN` (the major subdirectory layout).
 */
function tagPrefix(dir, modulePath) {
    const major = pathMajor(modulePath);
    const parts = dir === '' || dir === '.' ? [] : dir.split('/');
    if (major !== undefined && parts[parts.length - 1] === `v${major}`)
        parts.pop();
    return parts.join('/');
}
/**
 * Why the go command could never find the module at `dir` by its tag, or undefined when it can: it
 * looks a nested module up in the directory its path names below the repository root, so a nested
 * module's path (less a `/vN` suffix) must end in its tag prefix. The root module is exempt.
 */
function modulePathProblem(dir, modulePath) {
    const prefix = tagPrefix(dir, modulePath);
    if (prefix === '')
        return undefined;
    const unversioned = pathMajor(modulePath) === undefined ? modulePath : modulePath.replace(/\/v\d+$/, '');
    if (unversioned.endsWith(`/${prefix}`))
        return undefined;
    return `its module path must end in /${prefix}${pathMajor(modulePath) ? `/v${pathMajor(modulePath)}` : ''} (its directory, where the go command looks for tag ${prefix}/<version>)`;
}
/** The tag naming release `version` of the module at `dir`. */
function moduleTag(dir, modulePath, version) {
    const prefix = tagPrefix(dir, modulePath);
    return prefix === '' ? version : `${prefix}/${version}`;
}
/** Why `tag` cannot be a git tag name (git check-ref-format's rules), or undefined when it can. */
function tagNameProblem(tag) {
    const control = [...tag].some((c) => c.charCodeAt(0) <= 0x20 || c.charCodeAt(0) === 0x7f);
    if (control || /[~^:?*[\\]/.test(tag))
        return 'git refuses spaces, control characters and ~^:?*[\\ in tags';
    if (tag.includes('..') || tag.includes('@{') || tag === '@')
        return "git refuses '..', '@{' and '@' in tags";
    if (tag.split('/').some((part) => part === '' || part.startsWith('.') || part.endsWith('.lock'))) {
        return "git refuses empty components, components starting with '.' and ending in '.lock'";
    }
    if (tag.endsWith('.'))
        return "git refuses tags ending in '.'";
    if (tag.startsWith('-'))
        return "git refuses tags starting with '-' (they read as options)";
    return undefined;
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  H: () => (/* binding */ getExecOutput)
});

// UNUSED EXPORTS: exec

;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return __awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_namespaceObject.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_namespaceObject.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map

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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(895);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

export const id = 466;
export const ids = [466];
export const modules = {

/***/ 6466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   proxyFetch: () => (/* binding */ proxyFetch)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4371);
/**
 * fetch through a proxy: undici's own fetch with its ProxyAgent (CONNECT tunnels), as
 * @actions/http-client sets it up. Imported only when a request needs a proxy (proxy.ts), so a run
 * without one never loads this second HTTP stack; the bundle keeps it in a chunk of its own.
 */

/** fetch that sends every request through `proxy` (credentials in its URL become Proxy-Authorization). */
function proxyFetch(proxy) {
    const credentials = proxy.username || proxy.password
        ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
        : undefined;
    const dispatcher = new undici__WEBPACK_IMPORTED_MODULE_0__/* .ProxyAgent */ .kT({
        uri: proxy.href,
        ...(credentials ? { token: `Basic ${Buffer.from(credentials).toString('base64')}` } : {}),
    });
    return (input, init) => (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .fetch */ .hd)(input, { ...init, dispatcher });
}


/***/ })

};

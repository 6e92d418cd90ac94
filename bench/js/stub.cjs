// Stands in for node-summary's URL-fetching dependencies (request, cheerio, html-to-text).
module.exports = {};

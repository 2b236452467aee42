// Enlarges or shrinks the article text, as many government sites offer.
(function () {
  var sizes = [14, 16, 18];
  window.setFontSize = function (i) {
    var content = document.querySelector('.content');
    if (content) { content.style.fontSize = sizes[i] + 'px'; }
  };
})();

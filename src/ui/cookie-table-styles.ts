/**
 * The rules of `CookieTable`, for the widget (`scope` ''), and for the policy page
 * (`scope` '.kelisim-page '). Words never break inside a cell; code-like names may (`CodeName`).
 * Where the table's box is narrower than 30em of its own text (a phone, or large text), each
 * row becomes a block of labelled lines: the header row is kept for screen readers only, and the
 * labels (`data-label`) are shown to the eye only (`content: … / ""`), so nothing is read twice.
 */
export const cookieTableCss = (scope: string): string => {
  const c = `${scope}.kelisim-cookies`;
  return (
    `${c}{container-type:inline-size}${c} :is(th,td){overflow-wrap:break-word}${c} code{overflow-wrap:anywhere}` +
    `@container (max-width:30em){${c} :is(table,caption,tbody,tr,td){display:block}` +
    `${c} thead{position:absolute;width:1px;height:1px;overflow:clip;clip-path:inset(50%);white-space:nowrap}` +
    `${c} tr{border-bottom:1px solid;padding:4px 0}${c} td{border:0;padding:2px 4px}${c} td:empty{display:none}` +
    `${c} td::before{content:attr(data-label) ": " / "";font-weight:700}}`
  );
};

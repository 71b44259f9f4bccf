declare namespace App {
  interface Locals {
    /**
     * The report a report page is rendering. The page sets it before rendering the report's MDX,
     * so the components placed in the text (<SmelterTable />, <CountriesOfOrigin />), which MDX
     * cannot pass props to, read the page's data instead of fetching it again.
     */
    report?: import('./data/reports.ts').ReportView;
  }
}

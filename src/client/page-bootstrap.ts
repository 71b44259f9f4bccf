// The only script every page runs before the reader does anything: a few lines that wait for search
// and for data tables to be wanted, and only then load their code.
import './search-bootstrap.ts';
import './table-bootstrap.ts';

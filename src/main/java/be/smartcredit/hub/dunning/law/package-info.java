/**
 * The Belgian legal rules of dunning in plain Java: working days and holidays, the Book XIX consumer
 * reminder term and lump sums, the Law of 2 August 2002 for businesses, the dated interest rate
 * tables, interest computed day by day, contact hours, and the debt statement that puts them
 * together. No framework types here: the rules are testable on their own and an ArchUnit rule keeps
 * them so.
 */
package be.smartcredit.hub.dunning.law;

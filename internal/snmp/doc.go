// Package snmp reads printers over SNMP v1/v2c/v3 (SNMPv2-MIB, HOST-RESOURCES-MIB, Printer-MIB and vendor MIBs)
// and turns a reading into the PrinterInfoInput shape of the device operations (docs/DESIGN.md §4, §9).
package snmp

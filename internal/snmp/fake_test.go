package snmp

import (
	"sort"
	"strconv"
	"strings"

	"github.com/gosnmp/gosnmp"
)

// fakeSession is an in-memory agent: a map of OID -> PDU, walked in OID order.
type fakeSession struct {
	values  map[string]gosnmp.SnmpPDU
	failOn  map[string]error // OID or walk root -> error returned
	gets    int
	walks   []string
	ip      string
	closed  bool
	getOIDs [][]string
}

func newFake() *fakeSession {
	return &fakeSession{values: map[string]gosnmp.SnmpPDU{}, failOn: map[string]error{}, ip: "127.0.0.1"}
}

func (f *fakeSession) str(oid, v string) *fakeSession {
	f.values[oid] = gosnmp.SnmpPDU{Name: oid, Type: gosnmp.OctetString, Value: []byte(v)}
	return f
}

func (f *fakeSession) bytes(oid string, v []byte) *fakeSession {
	f.values[oid] = gosnmp.SnmpPDU{Name: oid, Type: gosnmp.OctetString, Value: v}
	return f
}

func (f *fakeSession) int(oid string, v int) *fakeSession {
	f.values[oid] = gosnmp.SnmpPDU{Name: oid, Type: gosnmp.Integer, Value: v}
	return f
}

func (f *fakeSession) counter(oid string, v uint) *fakeSession {
	f.values[oid] = gosnmp.SnmpPDU{Name: oid, Type: gosnmp.Counter32, Value: v}
	return f
}

func (f *fakeSession) oid(oid, v string) *fakeSession {
	f.values[oid] = gosnmp.SnmpPDU{Name: oid, Type: gosnmp.ObjectIdentifier, Value: v}
	return f
}

func (f *fakeSession) get(oids []string) (map[string]gosnmp.SnmpPDU, error) {
	f.gets++
	f.getOIDs = append(f.getOIDs, oids)
	out := map[string]gosnmp.SnmpPDU{}
	for _, o := range oids {
		if err := f.failOn[o]; err != nil {
			return out, err
		}
		if v, ok := f.values[o]; ok {
			out[o] = v
		}
	}
	return out, nil
}

func (f *fakeSession) walk(root string) ([]gosnmp.SnmpPDU, error) {
	f.walks = append(f.walks, root)
	if err := f.failOn[root]; err != nil {
		return nil, err
	}
	var names []string
	for k := range f.values {
		if strings.HasPrefix(k, root+".") {
			names = append(names, k)
		}
	}
	sort.Slice(names, func(i, j int) bool { return oidLess(names[i], names[j]) })
	var out []gosnmp.SnmpPDU
	for _, n := range names {
		out = append(out, f.values[n])
	}
	return out, nil
}

func (f *fakeSession) remoteIP() string { return f.ip }
func (f *fakeSession) close()           { f.closed = true }

func oidLess(a, b string) bool {
	x, y := strings.Split(strings.TrimPrefix(a, "."), "."), strings.Split(strings.TrimPrefix(b, "."), ".")
	for i := 0; i < len(x) && i < len(y); i++ {
		p, _ := strconv.Atoi(x[i])
		q, _ := strconv.Atoi(y[i])
		if p != q {
			return p < q
		}
	}
	return len(x) < len(y)
}

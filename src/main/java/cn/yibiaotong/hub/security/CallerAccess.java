package cn.yibiaotong.hub.security;

import org.springframework.stereotype.Component;

/** The current caller's reach, for controllers: its division scope and its view of the data list. */
@Component
public class CallerAccess {

    private final PowerList powerList;

    public CallerAccess(PowerList powerList) {
        this.powerList = powerList;
    }

    public Caller caller() {
        return Callers.current();
    }

    public ItemAccess items() {
        return powerList.access(Callers.current());
    }

    /** The division prefix every query of this caller is limited to; null for every division. */
    public String scopePrefix() {
        String division = Callers.current().division();
        return division.isEmpty() ? null : division;
    }
}

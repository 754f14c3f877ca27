package cn.yibiaotong.hub.web;

import cn.yibiaotong.hub.cases.Workflow;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.division.Grid;
import cn.yibiaotong.hub.division.Grids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference lists the pages build their pickers from: the division tree with its grids, the data list's items
 * and the case workflow. Configuration only, no resident or case data.
 */
@RestController
@Tag(name = "reference", description = "区划树、数据清单、诉求流程（页面的选择框用）")
public class ReferenceController {

    private final DivisionTree divisions;
    private final Grids grids;
    private final DataList dataList;
    private final Workflow workflow;
    private final SearchParameters parameters;

    public ReferenceController(DivisionTree divisions, Grids grids, DataList dataList, Workflow workflow,
                               SearchParameters parameters) {
        this.divisions = divisions;
        this.grids = grids;
        this.dataList = dataList;
        this.workflow = workflow;
        this.parameters = parameters;
    }

    public record DivisionNode(String code, String name, String level, String parentCode) {
    }

    public record GridNode(String code, String name, String communityCode) {
    }

    public record DivisionListing(List<DivisionNode> divisions, List<GridNode> grids) {
    }

    @Operation(summary = "区划树：某一区划（默认为本账号的数据范围）及其上级、下属街道、社区和网格，按代码排序")
    @GetMapping("/api/divisions")
    public DivisionListing divisions(
            @Parameter(description = "任一级区划代码（补零或不补零），如 510112") @RequestParam(required = false) String under) {
        String prefix = parameters.divisionPrefix(under);
        List<DivisionNode> nodes = divisions.all().stream()
                .filter(d -> prefix == null || d.code().startsWith(prefix) || prefix.startsWith(d.prefix()))
                .sorted(Comparator.comparing(Division::code))
                .map(d -> new DivisionNode(d.code(), d.name(), d.level(), d.parentCode())).toList();
        List<GridNode> gridNodes = nodes.stream().filter(d -> "village".equals(d.level()))
                .filter(d -> prefix == null || d.code().startsWith(prefix))
                .flatMap(d -> grids.ofCommunity(d.code()).stream())
                .map((Grid g) -> new GridNode(g.code(), g.name(), g.communityCode())).toList();
        return new DivisionListing(nodes, gridNodes);
    }

    public record ItemEntry(String code, String name, String type, String sensitivity) {
    }

    @Operation(summary = "数据清单中的数据项：代码、名称、类型、敏感级别")
    @GetMapping("/api/data-list/items")
    public List<ItemEntry> items() {
        return dataList.items().stream().map(i -> new ItemEntry(i.code(), i.name(), i.type().name().toLowerCase(),
                i.sensitivity().name().toLowerCase().replace('_', '-'))).toList();
    }

    public record WorkflowStep(String code, String name, boolean closing) {
    }

    public record WorkflowMove(String from, String to, List<String> roles, List<String> verdicts, boolean commentRequired) {
    }

    public record NamedCode(String code, String name) {
    }

    public record WorkflowView(String start, List<WorkflowStep> steps, List<NamedCode> roles, List<NamedCode> verdicts,
                               List<WorkflowMove> transitions) {
    }

    @Operation(summary = "诉求办理流程：步骤、角色、群众评价和允许的流转（config/case-workflow.yaml）")
    @GetMapping("/api/workflow")
    public WorkflowView workflow() {
        return new WorkflowView(workflow.start(),
                workflow.steps().stream().map(s -> new WorkflowStep(s.code(), s.name(), s.isFinal())).toList(),
                workflow.roles().stream().map(r -> new NamedCode(r.code(), r.name())).toList(),
                workflow.verdicts().stream().map(v -> new NamedCode(v.code(), v.name())).toList(),
                workflow.steps().stream().flatMap(s -> workflow.from(s.code()).stream())
                        .map(t -> new WorkflowMove(t.from(), t.to(), t.roles(), t.verdicts(), t.needsComment())).toList());
    }
}

resource "aws_networkfirewall_rule_group" "allow_domains" { # expect: AWS472
  name     = "allow-domains"
  type     = "STATEFUL"
  capacity = 100
  rule_group {
    rules_source {
      rules_source_list {
        generated_rules_type = "ALLOWLIST"
        target_types         = ["TLS_SNI"]
        targets              = [".example.com"]
      }
    }
  }
}

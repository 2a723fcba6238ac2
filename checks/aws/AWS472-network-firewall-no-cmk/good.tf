resource "aws_networkfirewall_rule_group" "allow_domains" {
  name     = "allow-domains"
  type     = "STATEFUL"
  capacity = 100
  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = aws_kms_key.firewall.arn
  }
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

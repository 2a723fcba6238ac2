resource "aws_networkfirewall_firewall_policy" "main" {
  name = "main"
  encryption_configuration {
    type   = "CUSTOMER_KMS"
    key_id = aws_kms_key.firewall.arn
  }
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

resource "aws_kms_key" "firewall" {
  enable_key_rotation = true
}

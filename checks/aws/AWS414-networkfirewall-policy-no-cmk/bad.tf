resource "aws_networkfirewall_firewall_policy" "main" { # expect: AWS414
  name = "main"
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

resource "aws_networkfirewall_firewall_policy" "owned" {
  name = "owned"
  encryption_configuration {
    type = "AWS_OWNED_KMS_KEY" # expect: AWS414
  }
  firewall_policy {
    stateless_default_actions          = ["aws:forward_to_sfe"]
    stateless_fragment_default_actions = ["aws:forward_to_sfe"]
  }
}

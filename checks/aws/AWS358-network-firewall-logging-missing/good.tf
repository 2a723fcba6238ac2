resource "aws_networkfirewall_firewall" "egress" {
  name                = "egress"
  firewall_policy_arn = "arn:aws:network-firewall:eu-west-1:123456789012:firewall-policy/egress"
  vpc_id              = "vpc-0123456789abcdef0"

  subnet_mapping {
    subnet_id = "subnet-0aaa1111"
  }
}

resource "aws_networkfirewall_logging_configuration" "egress" {
  firewall_arn = aws_networkfirewall_firewall.egress.arn

  logging_configuration {
    log_destination_config {
      log_destination = {
        logGroup = "network-firewall-alerts"
      }
      log_destination_type = "CloudWatchLogs"
      log_type             = "ALERT"
    }
  }
}

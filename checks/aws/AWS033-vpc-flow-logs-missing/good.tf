variable "vpc_id" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# Passes only thanks to the companion flow log.
resource "aws_flow_log" "main" {
  vpc_id               = aws_vpc.main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::corp-flow-logs"
}

resource "aws_vpc" "peer" {
  cidr_block = "10.1.0.0/16"
}

# Which VPC this log belongs to is unknown: it may be the peer, no finding.
resource "aws_flow_log" "maybe_peer" {
  vpc_id               = var.vpc_id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::corp-flow-logs"
}

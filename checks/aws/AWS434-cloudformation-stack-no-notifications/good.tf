resource "aws_cloudformation_stack" "network" {
  name              = "network"
  template_body     = file("${path.module}/network.yaml")
  notification_arns = [aws_sns_topic.stack_events.arn]
}

resource "aws_cloudformation_stack" "dns" {
  name              = "dns"
  template_url      = "https://corp-templates.s3.amazonaws.com/dns.yaml"
  notification_arns = var.stack_topics
}

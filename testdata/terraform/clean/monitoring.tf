# CIS AWS section 4: one metric filter and one alarm per control, on the trail's log group.
locals {
  cis_filters = {
    unauthorized_api_calls = "{ ($.errorCode = \"*UnauthorizedOperation\" || $.errorCode = \"AccessDenied*\") && $.sourceIPAddress != \"delivery.logs.amazonaws.com\" && $.eventName != \"HeadBucket\" }"
    console_without_mfa = "{ $.eventName = \"ConsoleLogin\" && $.additionalEventData.MFAUsed != \"Yes\" && $.userIdentity.type = \"IAMUser\" && $.responseElements.ConsoleLogin = \"Success\" }"
    root_usage = "{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }"
    iam_policy_changes = "{ $.eventName = DeleteGroupPolicy || $.eventName = DeleteRolePolicy || $.eventName = DeleteUserPolicy || $.eventName = PutGroupPolicy || $.eventName = PutRolePolicy || $.eventName = PutUserPolicy || $.eventName = CreatePolicy || $.eventName = DeletePolicy || $.eventName = CreatePolicyVersion || $.eventName = DeletePolicyVersion || $.eventName = AttachRolePolicy || $.eventName = DetachRolePolicy || $.eventName = AttachUserPolicy || $.eventName = DetachUserPolicy || $.eventName = AttachGroupPolicy || $.eventName = DetachGroupPolicy }"
    cloudtrail_changes = "{ $.eventName = CreateTrail || $.eventName = UpdateTrail || $.eventName = DeleteTrail || $.eventName = StartLogging || $.eventName = StopLogging }"
    console_auth_failures = "{ $.eventName = ConsoleLogin && $.errorMessage = \"Failed authentication\" }"
    cmk_deletion = "{ $.eventSource = kms.amazonaws.com && ($.eventName = DisableKey || $.eventName = ScheduleKeyDeletion) }"
    s3_policy_changes = "{ $.eventSource = s3.amazonaws.com && ($.eventName = PutBucketAcl || $.eventName = PutBucketPolicy || $.eventName = PutBucketCors || $.eventName = PutBucketLifecycle || $.eventName = PutBucketReplication || $.eventName = DeleteBucketPolicy || $.eventName = DeleteBucketCors || $.eventName = DeleteBucketLifecycle || $.eventName = DeleteBucketReplication) }"
    config_changes = "{ $.eventSource = config.amazonaws.com && ($.eventName = StopConfigurationRecorder || $.eventName = DeleteDeliveryChannel || $.eventName = PutDeliveryChannel || $.eventName = PutConfigurationRecorder) }"
    security_group_changes = "{ $.eventName = AuthorizeSecurityGroupIngress || $.eventName = AuthorizeSecurityGroupEgress || $.eventName = RevokeSecurityGroupIngress || $.eventName = RevokeSecurityGroupEgress || $.eventName = CreateSecurityGroup || $.eventName = DeleteSecurityGroup }"
    nacl_changes = "{ $.eventName = CreateNetworkAcl || $.eventName = CreateNetworkAclEntry || $.eventName = DeleteNetworkAcl || $.eventName = DeleteNetworkAclEntry || $.eventName = ReplaceNetworkAclEntry || $.eventName = ReplaceNetworkAclAssociation }"
    gateway_changes = "{ $.eventName = CreateCustomerGateway || $.eventName = DeleteCustomerGateway || $.eventName = AttachInternetGateway || $.eventName = CreateInternetGateway || $.eventName = DeleteInternetGateway || $.eventName = DetachInternetGateway }"
    route_table_changes = "{ $.eventSource = ec2.amazonaws.com && ($.eventName = CreateRoute || $.eventName = CreateRouteTable || $.eventName = ReplaceRoute || $.eventName = ReplaceRouteTableAssociation || $.eventName = DeleteRouteTable || $.eventName = DeleteRoute || $.eventName = DisassociateRouteTable) }"
    vpc_changes = "{ $.eventName = CreateVpc || $.eventName = DeleteVpc || $.eventName = ModifyVpcAttribute || $.eventName = AcceptVpcPeeringConnection || $.eventName = CreateVpcPeeringConnection || $.eventName = DeleteVpcPeeringConnection || $.eventName = RejectVpcPeeringConnection || $.eventName = AttachClassicLinkVpc || $.eventName = DetachClassicLinkVpc || $.eventName = DisableVpcClassicLink || $.eventName = EnableVpcClassicLink }"
    organizations_changes = "{ $.eventSource = organizations.amazonaws.com && ($.eventName = AcceptHandshake || $.eventName = AttachPolicy || $.eventName = CreateAccount || $.eventName = CreateOrganizationalUnit || $.eventName = CreatePolicy || $.eventName = DeclineHandshake || $.eventName = DeleteOrganization || $.eventName = DeleteOrganizationalUnit || $.eventName = DeletePolicy || $.eventName = DetachPolicy || $.eventName = DisablePolicyType || $.eventName = EnablePolicyType || $.eventName = InviteAccountToOrganization || $.eventName = LeaveOrganization || $.eventName = MoveAccount || $.eventName = RemoveAccountFromOrganization || $.eventName = UpdatePolicy || $.eventName = UpdateOrganizationalUnit) }"
  }
}

resource "aws_cloudwatch_log_metric_filter" "cis" {
  for_each       = local.cis_filters
  name           = each.key
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = each.value

  metric_transformation {
    name      = each.key
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "cis" {
  for_each            = local.cis_filters
  alarm_name          = each.key
  metric_name         = each.key
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-1:111122223333:security-alerts"]
}

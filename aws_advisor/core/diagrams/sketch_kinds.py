"""What each sketch node and group kind is called, and which category colours its icon."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from aws_advisor.core.tree.model import GroupKind, NodeKind

Category = Literal[
    "compute",
    "storage",
    "networking",
    "database",
    "security",
    "integration",
    "management",
    "external",
]

CATEGORY_COLOURS: dict[Category, str] = {
    "compute": "#e07a10",
    "storage": "#3a9a3f",
    "networking": "#7a4fc4",
    "database": "#2f6bc9",
    "security": "#cf3a3a",
    "integration": "#cc3f86",
    "management": "#1c918d",
    "external": "#6b7280",
}
"""The one colour of each category's icons (also used by exports)."""


@dataclass(frozen=True)
class KindInfo:
    name: str
    """The service or actor as people call it; the node's label when it has none."""
    category: Category


SKETCH_KINDS: dict[NodeKind, KindInfo] = {
    "users": KindInfo("Users", "external"),
    "internet": KindInfo("Internet", "external"),
    "on_premises": KindInfo("On-premises", "external"),
    "route53": KindInfo("Route 53", "networking"),
    "cloudfront": KindInfo("CloudFront", "networking"),
    "global_accelerator": KindInfo("Global Accelerator", "networking"),
    "alb": KindInfo("Application Load Balancer", "networking"),
    "nlb": KindInfo("Network Load Balancer", "networking"),
    "gwlb": KindInfo("Gateway Load Balancer", "networking"),
    "clb": KindInfo("Classic Load Balancer", "networking"),
    "appliance": KindInfo("Virtual appliance", "security"),
    "ec2": KindInfo("EC2 instance", "compute"),
    "asg": KindInfo("Auto Scaling group", "compute"),
    "spot": KindInfo("Spot Instance", "compute"),
    "dedicated_host": KindInfo("Dedicated Host", "compute"),
    "lambda": KindInfo("Lambda", "compute"),
    "fargate": KindInfo("Fargate", "compute"),
    "ecs": KindInfo("ECS", "compute"),
    "eks": KindInfo("EKS", "compute"),
    "beanstalk": KindInfo("Elastic Beanstalk", "compute"),
    "ebs": KindInfo("EBS volume", "storage"),
    "instance_store": KindInfo("Instance store", "storage"),
    "efs": KindInfo("EFS", "storage"),
    "fsx": KindInfo("FSx", "storage"),
    "s3": KindInfo("S3", "storage"),
    "glacier": KindInfo("S3 Glacier", "storage"),
    "backup": KindInfo("AWS Backup", "storage"),
    "snapshot": KindInfo("Snapshot", "storage"),
    "rds": KindInfo("RDS", "database"),
    "aurora": KindInfo("Aurora", "database"),
    "elasticache": KindInfo("ElastiCache", "database"),
    "dynamodb": KindInfo("DynamoDB", "database"),
    "api_gateway": KindInfo("API Gateway", "integration"),
    "sqs": KindInfo("SQS queue", "integration"),
    "sns": KindInfo("SNS topic", "integration"),
    "eventbridge": KindInfo("EventBridge", "integration"),
    "step_functions": KindInfo("Step Functions", "integration"),
    "kinesis": KindInfo("Kinesis", "integration"),
    "cognito": KindInfo("Cognito", "security"),
    "iam": KindInfo("IAM", "security"),
    "kms": KindInfo("KMS", "security"),
    "secrets_manager": KindInfo("Secrets Manager", "security"),
    "waf": KindInfo("AWS WAF", "security"),
    "nat_gateway": KindInfo("NAT gateway", "networking"),
    "internet_gateway": KindInfo("Internet gateway", "networking"),
    "vpc_endpoint": KindInfo("VPC endpoint", "networking"),
    "eni": KindInfo("Network interface", "networking"),
    "elastic_ip": KindInfo("Elastic IP", "networking"),
    "cloudwatch": KindInfo("CloudWatch", "management"),
    "billing": KindInfo("Billing", "management"),
    "directory": KindInfo("Directory Service", "security"),
}

GROUP_KIND_NAMES: dict[GroupKind, str] = {
    "cloud": "AWS Cloud",
    "region": "Region",
    "az": "Availability Zone",
    "vpc": "VPC",
    "subnet": "Subnet",
    "account": "Account",
    "on_premises": "On-premises",
    "edge": "Edge locations",
}
"""A group's label when the sketch gives none."""


def kind_info(kind: NodeKind) -> KindInfo:
    return SKETCH_KINDS[kind]
